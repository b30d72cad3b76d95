// The search page: names first, then full text. The entity matcher answers a name, alias, native name
// or close spelling from the small name index (names.ts) before Pagefind's WASM and index load; the
// full text of the record (Pagefind, loaded on first use from /pagefind/) follows below. The URL is
// kept in step so that any search can be linked; without JavaScript the form still submits.
import type { Match } from '../lib/matcher.ts';
import { closeTerm, didYouMean, MAX_QUERY_LENGTH } from '../lib/matcher.ts';
import { FILTER_KEYS, fullTextQuery, SORT_KEY } from '../lib/search.ts';
import { type Status, statusLabel } from '../lib/status.ts';
import { statusBadge } from './dom.ts';
import { matchNames } from './names.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

// Ten results at a time: each result is a fragment to download, and a first search must stay small.
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const fulltext = document.querySelector<HTMLElement>('#search-fulltext')!;
const entries = document.querySelector<HTMLElement>('#search-entries')!;
const entryList = document.querySelector<HTMLOListElement>('#search-entries-list')!;
const suggestion = document.querySelector<HTMLParagraphElement>('#search-suggestion')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const message = document.querySelector<HTMLParagraphElement>('#search-status-message')!;
const filtersBox = document.querySelector<HTMLDetailsElement>('.search-filters')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

function readForm(): { q: string; filters: Record<string, string> } {
  const data = new FormData(form);
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = data.get(key);
    if (typeof value === 'string' && value) filters[key] = value;
  }
  const q = data.get('q');
  return { q: typeof q === 'string' ? q.trim() : '', filters };
}

function writeUrl(q: string, filters: Record<string, string>): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) params.set(k, v);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Pagefind excerpts are escaped text with <mark> around matches; rebuild them without innerHTML. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta['title'] ?? data.url;
  h3.append(a);
  li.append(h3);
  const meta = document.createElement('p');
  meta.className = 'search-results__meta';
  const status = data.filters['status']?.[0] as Status | undefined;
  if (status && data.meta['status']) meta.append(statusBadge(status, data.meta['status']), ' ');
  meta.append([data.meta['kind'], data.meta['region']].filter(Boolean).join(' · '));
  li.append(meta);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(excerpt);
  return li;
}

function renderEntries(matches: Match[]): void {
  const close = didYouMean(matches);
  suggestion.hidden = !close;
  if (close) {
    suggestion.replaceChildren('Did you mean ');
    const a = document.createElement('a');
    a.href = close.record.u;
    a.textContent = close.record.n;
    suggestion.append(a, '?');
  }
  entryList.replaceChildren(
    ...matches.map((m) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = m.record.u;
      a.textContent = m.record.n;
      li.append(a, ' ', statusBadge(m.record.s, statusLabel(m.record.s, m.record.k)));
      if (m.matched !== m.record.n) {
        const aka = document.createElement('span');
        aka.className = 'muted';
        aka.textContent = ` (${m.tier === 'close' ? 'close to' : 'also'} “${m.matched}”)`;
        li.append(aka);
      }
      return li;
    }),
  );
  entries.hidden = matches.length === 0;
}

let generation = 0;

async function run(): Promise<void> {
  const { q, filters } = readForm();
  writeUrl(q, filters);
  const mine = ++generation;
  empty.hidden = true;
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    entries.hidden = true;
    fulltext.hidden = true;
    message.textContent = 'Type a name or an alias (for example “UK” or “Telekom”), or choose a filter.';
    return;
  }
  if (q.length > MAX_QUERY_LENGTH * 2) {
    entries.hidden = true;
    fulltext.hidden = true;
    empty.hidden = false;
    message.textContent = 'That is too long to be a name or a phrase from the record: shorten it.';
    return;
  }
  // Names first, and at once: the matcher needs only the small name index.
  const matches = q && Object.keys(filters).length === 0 ? await matchNames(q, 5) : [];
  if (mine !== generation) return;
  renderEntries(matches);
  const text = fullTextQuery(q);
  if (q && !text) {
    fulltext.hidden = true;
    list.replaceChildren();
    empty.hidden = matches.length > 0;
    message.textContent = matches.length ? '' : `Nothing matches “${q}”.`;
    return;
  }
  message.textContent = matches.length ? 'Searching the record…' : 'Searching…';
  let response: { results: PagefindResult[] } | null;
  try {
    const pf = await loadPagefind();
    response = await pf.search(text || null, text ? { filters } : { filters, sort: { [SORT_KEY]: 'desc' } });
  } catch (error) {
    message.textContent = 'Full-text search could not load. Browse the A–Z list instead.';
    console.error(error);
    return;
  }
  if (mine !== generation || !response) return; // a newer search has started
  const results = response.results;
  fulltext.hidden = results.length === 0;
  await renderPage(results, 0, mine);
  const described = [q && `“${q}”`, ...Object.values(filters)].filter(Boolean).join(', ');
  if (results.length === 0 && matches.length === 0) {
    empty.hidden = false;
    message.textContent = `Nothing matches ${described}.`;
    const term = closeTerm(q);
    if (term) {
      const a = document.createElement('a');
      a.href = `?q=${encodeURIComponent(term)}`;
      a.textContent = term;
      suggestion.replaceChildren('Did you mean ', a, '?');
      suggestion.hidden = false;
      entries.hidden = false;
    }
  } else {
    message.textContent = `${matches.length ? `${matches.length} ${matches.length === 1 ? 'entry' : 'entries'} by name; ` : ''}${results.length} ${results.length === 1 ? 'result' : 'results'} in the record for ${described}.`;
  }
}

async function renderPage(results: PagefindResult[], start: number, mine: number): Promise<void> {
  const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
  if (mine !== generation) return;
  const items = page.map(renderResult);
  if (start === 0) list.replaceChildren(...items);
  else list.append(...items);
  document.querySelector('#search-more')?.remove();
  if (results.length > start + PAGE_SIZE) {
    const more = document.createElement('button');
    more.id = 'search-more';
    more.type = 'button';
    more.textContent = `Show more results (${results.length - start - PAGE_SIZE} left)`;
    more.addEventListener('click', () => {
      void renderPage(results, start + PAGE_SIZE, mine);
    });
    list.after(more);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function runSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 120);
}

// Start from the URL: /search/?q=aus&status=banned
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const key of FILTER_KEYS) {
  const select = form.elements.namedItem(key) as HTMLSelectElement | null;
  const value = params.get(key);
  if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
}
// On a phone the filters fold away, unless one is already chosen.
if (matchMedia('(max-width: 40rem)').matches && !FILTER_KEYS.some((k) => params.get(k))) filtersBox.open = false;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', runSoon);
form.addEventListener('change', runSoon);
input.focus();
void run();
