// /compare/: the entries named by ?e=a,b,c side by side, one column each, one row per fact: status,
// since, the evidence for it, the summary, each part of the network, the deadline and the latest
// event. Each term is found in the name index the header's type-ahead uses (its address name, or a
// name, alias or close spelling: src/lib/compare.ts decides), and the entry's JSON
// (/api/v1/<kind>/<slug>.json) fills its column. A name typed in the box is added the same way, and
// the address keeps naming the comparison, so it can be shared. Unknown names are named, with a
// "did you mean" where there is one. Text is set with textContent, never as HTML; the page itself
// carries no list of entries, so it stays small at any size.
import { calendarText } from '../lib/calendar-text.ts';
import { compareTerms, compareUrl, MAX_COMPARED, type Resolution, resolveName, slugOf } from '../lib/compare.ts';
import { EVIDENCE_INFO, SHOWN_OUTCOME_INFO } from '../lib/evidence.ts';
import type { NameRecord } from '../lib/matcher.ts';
import type { DeadlineOutcome, EvidenceGrade } from '../lib/schema/event.ts';
import { SCOPE_SHORT, type Scope } from '../lib/scopes.ts';
import { STATUS_INFO, STATUSES, type Status } from '../lib/status.ts';
import { latestStatusEvent, sortEventsDesc, statusSinceEvent } from '../lib/timeline.ts';
import { SITE_NAME } from '../lib/site.ts';
import { enhance } from './combobox.ts';
import { el, link, statusBadge } from './dom.ts';
import { findBySlug, matchNames } from './names.ts';

interface ApiEvent {
  id: string;
  date: string;
  approximate?: boolean;
  title: string;
  url: string;
  status?: Status;
  scope?: Scope[];
  evidence: EvidenceGrade;
}

interface ApiEntry {
  name: string;
  status: Status;
  statusLabel: string;
  summary: string;
  scopes: { scope: Scope; status: Status }[];
  nextDeadline: { date: string; outcome: DeadlineOutcome; passed: boolean; eventId: string } | null;
  url: string;
  events: ApiEvent[];
}

const form = document.querySelector<HTMLFormElement>('#compare-form')!;
const input = document.querySelector<HTMLInputElement>('#compare-add')!;
const message = document.querySelector<HTMLParagraphElement>('#compare-message')!;
const result = document.querySelector<HTMLDivElement>('#compare-result')!;
const apiBase = form.dataset['api'] ?? '/api/v1/';

type Content = (Node | string)[];

/** A site address from an absolute one, so links stay on the site that serves the page. */
const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.hash;
};

/** A date as every page writes it ("11 July 2024"), in a <time>. */
function date(value: string, approximate?: boolean): HTMLTimeElement {
  const time = el('time', calendarText(value, approximate));
  time.dateTime = value;
  return time;
}

function hidden(text: string): HTMLSpanElement {
  const span = el('span', text);
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** The rows of the table: a label and what each entry's cell holds. */
const ROWS: [string, (e: ApiEntry) => Content][] = [
  ['Status', (e) => [statusBadge(e.status, e.statusLabel)]],
  [
    'Since',
    (e) => {
      const since = statusSinceEvent(e.events);
      return since ? [linked(since.url, date(since.date, since.approximate))] : ['—'];
    },
  ],
  [
    // As the entry page says it: the grade of the event that set the current status.
    'Evidence',
    (e) => {
      const set = latestStatusEvent(e.events);
      if (!set) return ['—'];
      const info = EVIDENCE_INFO[set.evidence];
      const mark = hidden(info.mark);
      mark.className = 'evidence__mark';
      return [mark, ' ', link(local(set.url), info.label)];
    },
  ],
  ['Summary', (e) => [e.summary]],
  [
    'By part of the network',
    (e) => {
      const parts = STATUSES.flatMap((status) => {
        const scopes = e.scopes.filter((s) => s.status === status).map((s) => SCOPE_SHORT[s.scope]);
        const info = STATUS_INFO[status];
        return scopes.length ? [hidden(info.symbol), ` ${info.label.toLowerCase()}: ${scopes.join(', ')}`] : [];
      });
      return parts.length ? parts.flatMap((p, i) => (i > 0 && i % 2 === 0 ? ['; ', p] : [p])) : ['—'];
    },
  ],
  [
    'Deadline',
    (e) => {
      const d = e.nextDeadline;
      if (!d) return ['—'];
      const event = e.events.find((ev) => ev.id === d.eventId);
      const shown = SHOWN_OUTCOME_INFO[d.passed && d.outcome === 'pending' ? 'overdue' : d.outcome];
      const when = event ? linked(event.url, date(d.date)) : date(d.date);
      return [...(d.passed ? [el('span', 'Passed', 'tag'), ' '] : []), when, ` · ${shown.label}`];
    },
  ],
  [
    'Latest event',
    (e) => {
      const latest = sortEventsDesc(e.events)[0];
      return latest ? [date(latest.date, latest.approximate), ': ', link(local(latest.url), latest.title)] : ['—'];
    },
  ],
];

function linked(url: string, content: Node): HTMLAnchorElement {
  const a = link(local(url), '');
  a.append(content);
  return a;
}

/** A link to this page comparing other entries; followed without reloading the page. */
function compareLink(slugs: readonly string[], ...content: Content): HTMLAnchorElement {
  const a = link(compareUrl(slugs), '');
  a.dataset['compare'] = '';
  a.append(...content);
  return a;
}

function table(entries: { slug: string; entry: ApiEntry }[]): HTMLTableElement {
  const slugs = entries.map((e) => e.slug);
  const t = el('table', undefined, 'compare-table');
  const caption = el('caption', `${entries.map((e) => e.entry.name).join(', ')}: compared`, 'visually-hidden');
  const head = el('tr');
  head.append(el('td'));
  for (const { slug, entry } of entries) {
    const th = el('th');
    th.scope = 'col';
    const remove = compareLink(
      slugs.filter((s) => s !== slug),
      'Remove',
      el('span', ` ${entry.name}`, 'visually-hidden'),
    );
    remove.className = 'compare-remove';
    th.append(link(local(entry.url), entry.name), ' ', remove);
    head.append(th);
  }
  const body = el('tbody');
  for (const [label, content] of ROWS) {
    const row = el('tr');
    const th = el('th', label);
    th.scope = 'row';
    row.append(th);
    for (const { entry } of entries) {
      const td = el('td');
      td.dataset['label'] = entry.name;
      td.append(...content(entry));
      row.append(td);
    }
    body.append(row);
  }
  const thead = el('thead');
  thead.append(head);
  t.append(caption, thead, body);
  return t;
}

/** The entry a term means: its address name, else what the matcher makes of it. */
async function resolve(term: string): Promise<Resolution> {
  const record = await findBySlug(term.toLowerCase());
  return record ? { record, corrected: false } : resolveName(await matchNames(term, 6));
}

const loaded = new Map<string, Promise<ApiEntry>>();

function load(record: NameRecord): Promise<ApiEntry> {
  const [, kind = '', slug = ''] = record.u.split('/');
  const url = `${apiBase}${kind}/${slug}.json`;
  let entry = loaded.get(url);
  if (!entry) {
    entry = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return ((await r.json()) as { entry: ApiEntry }).entry;
    });
    entry.catch(() => loaded.delete(url));
    loaded.set(url, entry);
  }
  return entry;
}

/**
 * What each term resolves to, in order: the address names after those `before` (each once) and the
 * entries they add, notes for the reader, and the terms that name no entry.
 */
async function readTerms(terms: readonly string[], before: readonly string[] = []) {
  const slugs = [...before];
  const records: NameRecord[] = [];
  const notes: Content[] = [];
  const missed: string[] = [];
  for (const [term, r] of await Promise.all(terms.map(async (t) => [t, await resolve(t)] as const))) {
    if (!r.record) {
      // Each offer is a link to the comparison with it added, named as it matched: "Tanzania (United Republic of Tanzania)".
      const offers = r.didYouMean.flatMap(({ record, matched }, i) => [
        ...(i === 0 ? [] : [i === r.didYouMean.length - 1 ? ' or ' : ', ']),
        compareLink([...slugs, slugOf(record)], record.n),
        ...(matched === record.n ? [] : [` (${matched})`]),
      ]);
      missed.push(term);
      notes.push([
        `No entry is called “${term}”.`,
        ...(offers.length ? [' Did you mean ', ...offers, '?'] : [' Check the spelling, or choose a suggestion.']),
      ]);
      continue;
    }
    const slug = slugOf(r.record);
    if (r.corrected) notes.push([`“${term}” read as ${r.record.n}.`]);
    if (slugs.includes(slug)) {
      if (before.includes(slug)) notes.push([`${r.record.n} is already compared.`]);
    } else {
      slugs.push(slug);
      records.push(r.record);
    }
  }
  return { slugs, records, notes, missed };
}

let generation = 0;

/** Draws the comparison the address names; `extra` are notes from the box to say first. */
async function run(extra: Content[] = []): Promise<void> {
  const mine = ++generation;
  const { records: all, notes } = await readTerms(compareTerms(new URLSearchParams(location.search).get('e') ?? ''));
  if (mine !== generation) return;
  const records = all.slice(0, MAX_COMPARED);
  const slugs = records.map(slugOf);
  if (all.length > records.length)
    notes.push([
      `Up to ${MAX_COMPARED} entries are compared at once; the rest were left out: ${all
        .slice(MAX_COMPARED)
        .map((r) => r.n)
        .join(', ')}.`,
    ]);
  if (slugs.length < 2)
    notes.push([slugs.length ? 'Add at least one more entry to compare.' : 'Add two to six entries to compare them.']);
  // The address names what is shown, by address name: "?e=frnace" becomes "?e=france".
  const href = compareUrl(slugs);
  if (location.pathname + location.search !== href) history.replaceState(null, '', href);
  message.replaceChildren(...[...extra, ...notes].flatMap((n, i) => (i ? [' ', ...n] : n)));
  let entries: { slug: string; entry: ApiEntry }[] = [];
  try {
    entries = await Promise.all(records.map(async (r) => ({ slug: slugOf(r), entry: await load(r) })));
  } catch {
    message.append(' The entries could not be loaded; try again.');
  }
  if (mine !== generation) return;
  result.replaceChildren();
  if (entries.length) {
    const wrap = el('div', undefined, 'table-wrap');
    wrap.append(table(entries));
    result.append(wrap);
  }
  const names = entries.map((e) => e.entry.name).join(', ');
  document.title = `${names ? `${names}: compared` : 'Compare'} — ${SITE_NAME}`;
}

/** Adds what was typed (or chosen): every name in it, and keeps in the box what could not be added. */
async function add(value: string): Promise<void> {
  const current = compareTerms(new URLSearchParams(location.search).get('e') ?? '');
  const before = (await readTerms(current)).slugs;
  const terms = compareTerms(value);
  const { slugs, notes, missed } = await readTerms(terms, before);
  const added = slugs.length - before.length;
  if (added > 0 && before.length >= MAX_COMPARED)
    return void message.replaceChildren(`Up to ${MAX_COMPARED} entries are compared at once: remove one first.`);
  // What could not be added stays in the box, to be corrected; the suggestions close.
  input.value = missed.join(', ');
  if (!input.value) input.dispatchEvent(new Event('input'));
  box?.close();
  if (added > 0) history.pushState(null, '', compareUrl(slugs));
  await run(notes);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void add(input.value);
});
document.addEventListener('click', (event) => {
  const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-compare]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', a.href);
  if (message.contains(a)) input.value = ''; // a "did you mean" answers what was typed
  input.focus();
  void run();
});
addEventListener('popstate', () => void run());
const box = enhance(input, (record) => void add(slugOf(record)));
form.hidden = false;
void run();
