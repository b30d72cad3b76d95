// The kind lists in each order (/countries/, /countries/by/status/, /countries/by/since/, and so on for
// companies and organizations): every order is the whole list — followed page by page — in that order,
// judged by the entries' own statuses and dates as the one derivation gives them, not by the page.
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/lib/alphabet.ts';
import { KINDS } from '../../src/lib/kinds.ts';
import { LIST_SORTS, type ListSort } from '../../src/lib/list-sort.ts';
import { STATUSES } from '../../src/lib/status.ts';
import { currentStatus, statusSinceEvent } from '../../src/lib/timeline.ts';
import { urls } from '../../src/lib/urls.ts';
import { contentEntries, page } from '../support/dist.ts';

interface Truth {
  name: string;
  rank: number;
  since: string | undefined;
}
const truth = new Map<string, Truth>(
  contentEntries().map((e) => [
    `/${e.kind}/${e.slug}/`,
    {
      name: e.data.name,
      rank: STATUSES.indexOf(currentStatus(e.data.events)),
      since: statusSinceEvent(e.data.events)?.date,
    },
  ]),
);

/** The rows of a list in one order, from its first page through every "next" page. */
function walk(first: string): { hrefs: string[]; pages: string[] } {
  const hrefs: string[] = [];
  const pages: string[] = [];
  for (let path: string | undefined = first; path;) {
    pages.push(path);
    const doc = page(path);
    hrefs.push(...doc.querySelectorAll('.entry-table tbody th a').map((a) => a.getAttribute('href')!));
    path = doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
    expect(pages.length).toBeLessThan(1000);
  }
  return { hrefs, pages };
}

/** Negative when a belongs before b in this order (ties by name, as the pages promise). */
const before: Record<ListSort, (a: Truth, b: Truth) => number> = {
  name: (a, b) => compareNames(a.name, b.name),
  status: (a, b) => a.rank - b.rank || compareNames(a.name, b.name),
  since: (a, b) => {
    if (!a.since || !b.since) return (a.since ? 0 : 1) - (b.since ? 0 : 1) || compareNames(a.name, b.name);
    return (a.since < b.since ? 1 : a.since > b.since ? -1 : 0) || compareNames(a.name, b.name);
  },
};

describe.each(KINDS)('the list of %s in every order', (kind) => {
  const all = [...truth.keys()].filter((url) => url.startsWith(`/${kind}/`)).sort();

  it.each(LIST_SORTS)('by %s: every entry once, in order, on pages of that order', (sort) => {
    const base = urls.kindSorted(kind, sort);
    const { hrefs, pages } = walk(base);
    expect([...hrefs].sort()).toEqual(all);
    const out = hrefs.slice(1).filter((href, i) => before[sort](truth.get(hrefs[i]!)!, truth.get(href)!) > 0);
    expect(out, `out of order on ${base}`).toEqual([]);
    // Its pages stay under its own address: /countries/by/status/page/2/ …
    for (const p of pages.slice(1)) expect(p.startsWith(`${base}page/`), p).toBe(true);
  });

  it.each(LIST_SORTS)('by %s: the headings link every order and mark this one with aria-sort', (sort) => {
    const doc = page(urls.kindSorted(kind, sort));
    const headings = doc.querySelectorAll('.entry-table thead th');
    const sorted = headings.filter((th) => th.getAttribute('aria-sort'));
    expect(sorted).toHaveLength(1);
    expect(sorted[0]!.getAttribute('aria-sort')).toBe(sort === 'since' ? 'descending' : 'ascending');
    expect(sorted[0]!.querySelector('a')!.getAttribute('href')).toBe(urls.kindSorted(kind, sort));
    const links = headings.flatMap((th) => th.querySelectorAll('a').map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(LIST_SORTS.map((s) => urls.kindSorted(kind, s)).sort());
  });
});

it('the default order keeps its address: /countries/ is A to Z', () => {
  expect(urls.kindSorted('countries', 'name')).toBe('/countries/');
  expect(page('/countries/').querySelector('th[aria-sort="ascending"]')!.text).toContain('Name');
});
