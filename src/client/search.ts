// Search page behaviour: the one script on the site. It reads the query and filters from the URL,
// asks Pagefind (loaded on first use from /pagefind/), renders the results as a plain list and keeps
// the URL in step so that any search can be linked. Without JavaScript the form still submits.

import { FILTER_KEYS, SORT_KEY } from '../lib/search.ts';

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

// The same filter and sort keys the entry pages are indexed with.
const FILTERS = FILTER_KEYS;
// Ten results at a time: each result is a fragment to download, and a first search must stay small.
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const message = document.querySelector<HTMLParagraphElement>('#search-status-message')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
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
  for (const key of FILTERS) {
    const value = data.get(key);
    if (typeof value !== 'string') continue;
    if (value) filters[key] = value;
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
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta['title'] ?? data.url;
  h2.append(a);
  li.append(h2);

  const meta = document.createElement('p');
  const status = data.filters['status']?.[0];
  if (status && data.meta['status']) {
    const badge = document.createElement('span');
    badge.className = `badge badge--${status}`;
    badge.textContent = data.meta['status'];
    meta.append(badge, ' ');
  }
  meta.append([data.meta['kind'], data.filters['region']?.[0]].filter(Boolean).join(' · '));
  li.append(meta);

  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(excerpt);
  return li;
}

let generation = 0;

async function run(): Promise<void> {
  const { q, filters } = readForm();
  writeUrl(q, filters);
  const mine = ++generation;
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    message.textContent = 'Type a name or an alias (for example “UK” or “Telekom”), or choose a filter.';
    return;
  }
  message.textContent = 'Searching…';
  let response: { results: PagefindResult[] } | null;
  try {
    const pf = await loadPagefind();
    response = await pf.search(q || null, q ? { filters } : { filters, sort: { [SORT_KEY]: 'desc' } });
  } catch (error) {
    message.textContent = 'Search could not load. Browse the A–Z list instead.';
    console.error(error);
    return;
  }
  if (mine !== generation || !response) return; // a newer search has started
  const results = response.results;
  await renderPage(results, 0, mine);
  const described = [q && `“${q}”`, ...Object.values(filters)].filter(Boolean).join(', ');
  message.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for ${described}.`;
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
  timer = setTimeout(() => void run(), 150);
}

// Start from the URL: /search/?q=aus&status=banned
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const key of FILTERS) {
  const select = form.elements.namedItem(key) as HTMLSelectElement | null;
  const value = params.get(key);
  if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', runSoon);
form.addEventListener('change', runSoon);
void run();
