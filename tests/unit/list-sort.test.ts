import { describe, expect, it } from 'vitest';
import {
  LIST_SORTS,
  groupByStatus,
  sortByName,
  sortBySince,
  sortByStatus,
  sortedPageParam,
  sortEntries,
  type Sortable,
} from '../../src/lib/list-sort.ts';
import { paginate } from '../../src/lib/paginate.ts';
import { STATUSES } from '../../src/lib/status.ts';
import { urls } from '../../src/lib/urls.ts';

const e = (name: string, status: Sortable['status'], since?: string): Sortable => ({
  name,
  status,
  sinceEvent: since === undefined ? undefined : { date: since },
});

const list: Sortable[] = [
  e('Zambia', 'permitted', '2019-04-01'),
  e('Österreich', 'restricted', '2021-06'),
  e('Belgium', 'restricted', '2021-06'),
  e('Andorra', 'no-decision'),
  e('Canada', 'banned', '2022-05-19'),
  e('australia', 'banned', '2018-08-23'),
  e('Denmark', 'under-review', '2021'),
  e('Estonia', 'no-decision'),
];
const names = (items: readonly Sortable[]) => items.map((i) => i.name);

describe('sorting a list of entries', () => {
  it('by name: A to Z, case and accents ignored', () => {
    expect(names(sortByName(list))).toEqual([
      'Andorra',
      'australia',
      'Belgium',
      'Canada',
      'Denmark',
      'Estonia',
      'Österreich',
      'Zambia',
    ]);
  });

  it('by status: in the order of the vocabulary, the same status A to Z', () => {
    const sorted = sortByStatus(list);
    expect(names(sorted)).toEqual([
      'australia',
      'Canada',
      'Belgium',
      'Österreich',
      'Denmark',
      'Zambia',
      'Andorra',
      'Estonia',
    ]);
    const ranks = sorted.map((s) => STATUSES.indexOf(s.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('by since: newest first, the same date A to Z, entries with no date last (A to Z)', () => {
    expect(names(sortBySince(list))).toEqual([
      'Canada',
      'Belgium',
      'Österreich',
      'Denmark',
      'Zambia',
      'australia',
      'Andorra',
      'Estonia',
    ]);
  });

  it('compares dates at their precision: a year sorts as its first day', () => {
    expect(
      names(sortBySince([e('A', 'banned', '2020'), e('B', 'banned', '2020-01-01'), e('C', 'banned', '2020-03')])),
    ).toEqual(['C', 'B', 'A']);
  });

  it('never changes its input, and keeps every entry', () => {
    const before = names(list);
    for (const sort of LIST_SORTS) {
      const sorted = sortEntries(list, sort);
      expect(sorted).not.toBe(list);
      expect([...names(sorted)].sort()).toEqual([...before].sort());
    }
    expect(names(list)).toEqual(before);
  });

  it('groups by status in the order of the vocabulary, each group A to Z, none empty', () => {
    const groups = groupByStatus(list);
    expect(groups.map((g) => g.status)).toEqual(['banned', 'restricted', 'under-review', 'permitted', 'no-decision']);
    expect(groups[0]!.items.map((i) => i.name)).toEqual(['australia', 'Canada']);
    expect(groups.flatMap((g) => g.items)).toHaveLength(list.length);
    expect(groupByStatus([e('Chad', 'permitted')]).map((g) => g.status)).toEqual(['permitted']);
  });

  it('picks the function by its name', () => {
    expect(sortEntries(list, 'name')).toEqual(sortByName(list));
    expect(sortEntries(list, 'status')).toEqual(sortByStatus(list));
    expect(sortEntries(list, 'since')).toEqual(sortBySince(list));
  });
});

describe('sorted list addresses', () => {
  it('keeps the default order at the list URL and puts the others under it', () => {
    expect(urls.kindSorted('countries', 'name')).toBe('/countries/');
    expect(urls.kindSorted('countries', 'status')).toBe('/countries/by/status/');
    expect(urls.kindSorted('companies', 'since')).toBe('/companies/by/since/');
    // The route parameter and the URL agree: page 1 of an order is its URL, page n under it.
    for (const sort of LIST_SORTS)
      expect(`/countries/${sortedPageParam(sort, undefined) ?? ''}/`.replace('//', '/')).toBe(
        urls.kindSorted('countries', sort),
      );
  });

  it('builds the route parameter of every page of every order', () => {
    const pages = paginate([1, 2, 3], 2);
    expect(pages.map((p) => sortedPageParam('name', p.param))).toEqual([undefined, 'page/2']);
    expect(pages.map((p) => sortedPageParam('status', p.param))).toEqual(['by/status', 'by/status/page/2']);
    expect(pages.map((p) => sortedPageParam('since', p.param))).toEqual(['by/since', 'by/since/page/2']);
  });
});
