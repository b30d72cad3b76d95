// /compare/: reads ?e=a,b,c, finds each entry in the name index the type-ahead uses (by address
// name, or by a name typed in full), fetches its JSON (/api/v1/<kind>/<slug>.json) and draws the
// same columns as the group pages. Unknown names are named, never a blank page. Text is set with
// textContent, never as HTML. The page itself carries no list of entries, so it stays small at any size.
import { SHOWN_OUTCOME_INFO } from '../lib/evidence.ts';
import type { DeadlineOutcome } from '../lib/schema/event.ts';
import { SCOPE_SHORT, type Scope } from '../lib/scopes.ts';
import { STATUS_INFO, type Status } from '../lib/status.ts';
import { el, link, statusBadge } from './dom.ts';
import { findBySlug, matchNames } from './names.ts';

interface ApiEntry {
  kind: string;
  name: string;
  status: Status;
  statusLabel: string;
  statusSince: string | null;
  scopes: { scope: Scope; status: Status; since: string; eventId: string }[];
  nextDeadline: { date: string; outcome: DeadlineOutcome; passed: boolean; eventId: string } | null;
  url: string;
  events: { id: string; date: string; title: string; url: string }[];
}

const MAX = 6;
const form = document.querySelector<HTMLFormElement>('#compare-form')!;
const input = document.querySelector<HTMLInputElement>('#compare-e')!;
const message = document.querySelector<HTMLParagraphElement>('#compare-message')!;
const result = document.querySelector<HTMLDivElement>('#compare-result')!;
const suggestions = document.querySelector<HTMLDataListElement>('#compare-names');
const apiBase = form.dataset['api'] ?? '/api/v1/';

function cell(row: HTMLTableRowElement, label: string, ...content: (Node | string)[]): void {
  const td = el('td');
  td.dataset['label'] = label;
  td.append(...content);
  row.append(td);
}

/** An entry's address parts, from its page URL ("/countries/germany/"). */
const partsOf = (url: string) => {
  const [, kind = '', slug = ''] = url.split('/');
  return { kind, slug };
};

interface Wanted {
  term: string;
  kind?: string;
  slug?: string;
}

/** Each term of ?e= (an address name, or a name or alias typed in full) resolved to its entry, without repeats. */
async function requested(value: string): Promise<Wanted[]> {
  const terms = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const found = await Promise.all(
    terms.map(async (term): Promise<Wanted> => {
      const record = (await findBySlug(term)) ?? (await matchNames(term, 1)).find((m) => m.tier === 'exact')?.record;
      return record ? { term, ...partsOf(record.u) } : { term };
    }),
  );
  const seen = new Set<string>();
  return found.filter((w) => {
    if (!w.slug) return true;
    if (seen.has(w.slug)) return false;
    seen.add(w.slug);
    return true;
  });
}

async function load({ kind, slug }: Wanted): Promise<ApiEntry> {
  const response = await fetch(`${apiBase}${kind}/${slug}.json`);
  if (!response.ok) throw new Error(`${response.status}`);
  return ((await response.json()) as { entry: ApiEntry }).entry;
}

/** Suggestions for the term being typed (after the last comma), from the same matcher as the header. */
async function suggest(): Promise<void> {
  if (!suggestions) return;
  const value = input.value;
  const cut = value.lastIndexOf(',');
  const term = value.slice(cut + 1).trim();
  const before = cut >= 0 ? `${value.slice(0, cut + 1)} ` : '';
  const matches = term ? await matchNames(term, 8) : [];
  if (input.value !== value) return; // typed on meanwhile
  suggestions.replaceChildren(
    ...matches.map((m) => {
      const option = el('option', m.record.n);
      option.value = `${before}${partsOf(m.record.u).slug}`;
      return option;
    }),
  );
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
    cell(row, 'Status', statusBadge(e.status, e.statusLabel));
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
      e.nextDeadline
        ? `${e.nextDeadline.date} · ${SHOWN_OUTCOME_INFO[e.nextDeadline.passed && e.nextDeadline.outcome === 'pending' ? 'overdue' : e.nextDeadline.outcome].label}`
        : '—',
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
  const wanted = await requested(value);
  const known = wanted.filter((w) => w.slug);
  const unknown = wanted.filter((w) => !w.slug).map((w) => w.term);
  const shown = known.slice(0, MAX);
  const notes: string[] = [];
  if (unknown.length)
    notes.push(
      `No entry is called ${unknown.map((s) => `“${s}”`).join(', ')}: check the spelling, or pick a name from the suggestions.`,
    );
  if (known.length > MAX)
    notes.push(`Only the first ${MAX} entries are compared; ${known.length - MAX} more were left out.`);
  if (shown.length === 1) notes.push('Add at least one more entry to compare.');
  if (wanted.length === 0) notes.push('Type two to six entries, separated by commas.');
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
  void requested(input.value).then((wanted) => {
    const names = wanted.map((w) => w.slug ?? w.term);
    history.pushState(null, '', names.length ? `?e=${names.map(encodeURIComponent).join(',')}` : location.pathname);
    return run();
  });
});
input.addEventListener('input', () => void suggest());
addEventListener('popstate', () => void run());
void run();
