// /compare/: reads ?e=a,b,c, fetches each entry's JSON (/api/v1/<kind>/<slug>.json) and draws the
// same columns as the group pages. Unknown names are named, never a blank page. Text is set with
// textContent, never as HTML.
import { DEADLINE_OUTCOME_INFO } from '../lib/evidence.ts';
import { SCOPE_SHORT, type Scope } from '../lib/scopes.ts';
import { STATUS_INFO, type Status } from '../lib/status.ts';

interface ApiEntry {
  kind: string;
  name: string;
  status: Status;
  statusLabel: string;
  statusSince: string | null;
  scopes: { scope: Scope; status: Status; since: string; eventId: string }[];
  nextDeadline: { date: string; outcome: keyof typeof DEADLINE_OUTCOME_INFO; eventId: string } | null;
  url: string;
  events: { id: string; date: string; title: string; url: string }[];
}

const MAX = 6;
const form = document.querySelector<HTMLFormElement>('#compare-form')!;
const input = document.querySelector<HTMLInputElement>('#compare-e')!;
const message = document.querySelector<HTMLParagraphElement>('#compare-message')!;
const result = document.querySelector<HTMLDivElement>('#compare-result')!;
const index = JSON.parse(form.dataset['index'] ?? '{}') as Record<string, [string, string]>;
const apiBase = form.dataset['api'] ?? '/api/v1/';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

function badge(status: Status, label: string): HTMLSpanElement {
  const span = el('span', undefined, `badge badge--${status}`);
  const symbol = el('span', STATUS_INFO[status].symbol, 'badge__symbol');
  symbol.setAttribute('aria-hidden', 'true');
  span.append(symbol, ` ${label}`);
  return span;
}

function cell(row: HTMLTableRowElement, label: string, ...content: (Node | string)[]): void {
  const td = el('td');
  td.dataset['label'] = label;
  td.append(...content);
  row.append(td);
}

/** Slugs from ?e=, lower-cased, without repeats; typed names are matched to slugs too. */
function requested(value: string): string[] {
  const byName = new Map(Object.entries(index).map(([slug, [, name]]) => [name.toLowerCase(), slug]));
  const slugs = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => (index[s] ? s : (byName.get(s) ?? s)));
  return [...new Set(slugs)];
}

async function load(slug: string): Promise<ApiEntry> {
  const [kind] = index[slug]!;
  const response = await fetch(`${apiBase}${kind}/${slug}.json`);
  if (!response.ok) throw new Error(`${response.status}`);
  return ((await response.json()) as { entry: ApiEntry }).entry;
}

function table(entries: ApiEntry[]): HTMLTableElement {
  const t = el('table', undefined, 'table--stack comparison');
  const head = el('thead');
  const hr = el('tr');
  for (const h of ['Entry', 'Status', 'Since', 'By part of the network', 'Next deadline', 'Latest event']) {
    const th = el('th', h);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody');
  for (const e of entries) {
    const row = el('tr');
    const th = el('th');
    th.scope = 'row';
    th.dataset['label'] = 'Entry';
    th.append(link(new URL(e.url).pathname, e.name));
    row.append(th);
    cell(row, 'Status', badge(e.status, e.statusLabel));
    cell(row, 'Since', e.statusSince ?? '—');
    cell(
      row,
      'By part',
      e.scopes.length
        ? e.scopes.map((s) => `${SCOPE_SHORT[s.scope]} ${STATUS_INFO[s.status].label.toLowerCase()}`).join('; ')
        : '—',
    );
    cell(
      row,
      'Deadline',
      e.nextDeadline ? `${e.nextDeadline.date} · ${DEADLINE_OUTCOME_INFO[e.nextDeadline.outcome].label}` : '—',
    );
    const latest = [...e.events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
    cell(
      row,
      'Latest',
      ...(latest
        ? [`${latest.date}: `, link(new URL(latest.url).pathname + new URL(latest.url).hash, latest.title)]
        : ['—']),
    );
    body.append(row);
  }
  t.append(head, body);
  return t;
}

async function run(): Promise<void> {
  const value = new URLSearchParams(location.search).get('e') ?? '';
  input.value = value;
  const slugs = requested(value);
  const known = slugs.filter((s) => index[s]);
  const unknown = slugs.filter((s) => !index[s]);
  const shown = known.slice(0, MAX);
  const notes: string[] = [];
  if (unknown.length)
    notes.push(
      `No entry is called ${unknown.map((s) => `“${s}”`).join(', ')}: check the spelling, or pick a name from the list.`,
    );
  if (known.length > MAX)
    notes.push(`Only the first ${MAX} entries are compared; ${known.length - MAX} more were left out.`);
  if (shown.length === 1) notes.push('Add at least one more entry to compare.');
  if (slugs.length === 0) notes.push('Type two to six entries, separated by commas.');
  message.textContent = notes.join(' ');
  result.replaceChildren();
  if (shown.length === 0) return;
  try {
    const entries = await Promise.all(shown.map(load));
    const wrap = el('div', undefined, 'table-wrap');
    wrap.append(table(entries));
    result.append(wrap);
    document.title = `${entries.map((e) => e.name).join(', ')}: compared — Huawei Tracker`;
  } catch {
    message.textContent = `${message.textContent} The entries could not be loaded; try again.`.trim();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const slugs = requested(input.value);
  history.pushState(null, '', slugs.length ? `?e=${slugs.join(',')}` : location.pathname);
  void run();
});
addEventListener('popstate', () => void run());
void run();
