/**
 * The orders a list of entries can be read in. Each is a static page of its own (the whole list
 * sorted, then split into pages like any list), so a sort never depends on a script or on one page.
 * `name` is the default and lives at the list's own URL (`/countries/`); the others under it
 * (`/countries/by/status/`, `/countries/by/since/page/2/`).
 */
import { compareNames } from './alphabet.ts';
import { compareDates } from './calendar-date.ts';
import { STATUSES, type Status } from './status.ts';

export const LIST_SORTS = ['name', 'status', 'since'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
/** The default order, at the list's own URL (see `urls.kindSorted`). */
export const DEFAULT_SORT: ListSort = 'name';

export const SORT_INFO: Record<ListSort, { label: string; direction: 'ascending' | 'descending'; describe: string }> = {
  name: { label: 'name', direction: 'ascending', describe: 'A to Z' },
  status: { label: 'status', direction: 'ascending', describe: 'by status, most restrictive first, then A to Z' },
  since: { label: 'since', direction: 'descending', describe: 'by the date the status has held since, newest first' },
};

/** What a sort reads of an entry: its name, its status and the date its status has held since. */
export interface Sortable {
  name: string;
  status: Status;
  sinceEvent?: { date: string } | undefined;
}

const rank = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

const byName = (a: Pick<Sortable, 'name'>, b: Pick<Sortable, 'name'>) => compareNames(a.name, b.name);

/** A to Z, accents ignored (the order of the A–Z pages). */
export function sortByName<T extends Pick<Sortable, 'name'>>(items: readonly T[]): T[] {
  return [...items].sort(byName);
}

/** In the order of the status vocabulary (banned first, no status set last); the same status A to Z. */
export function sortByStatus<T extends Pick<Sortable, 'name' | 'status'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => rank.get(a.status)! - rank.get(b.status)! || byName(a, b));
}

/**
 * Newest "since" first; entries whose status has no date (no event set it) last; the same date A to Z.
 * Dates keep their precision, so "2020" sorts before "2020-05-01" (its period starts earlier).
 */
export function sortBySince<T extends Sortable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const x = a.sinceEvent?.date;
    const y = b.sinceEvent?.date;
    if (x === undefined || y === undefined)
      return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byName(a, b);
    return compareDates(y, x) || byName(a, b);
  });
}

export function sortEntries<T extends Sortable>(items: readonly T[], sort: ListSort): T[] {
  return sort === 'status' ? sortByStatus(items) : sort === 'since' ? sortBySince(items) : sortByName(items);
}

/**
 * The rest parameter of a sorted list page, under the list's own URL: undefined for page 1 of the
 * default order, "page/2", "by/status", "by/since/page/3".
 */
export function sortedPageParam(sort: ListSort, pageParam: string | undefined): string | undefined {
  if (sort === DEFAULT_SORT) return pageParam;
  return pageParam ? `by/${sort}/${pageParam}` : `by/${sort}`;
}

/** Items grouped by status, in the order of the vocabulary, each group A to Z; empty groups left out. */
export function groupByStatus<T extends Pick<Sortable, 'name' | 'status'>>(
  items: readonly T[],
): { status: Status; items: T[] }[] {
  const sorted = sortByStatus(items);
  return STATUSES.map((status) => ({ status, items: sorted.filter((i) => i.status === status) })).filter(
    (g) => g.items.length > 0,
  );
}
