import { compareDates } from './calendar-order.ts';
import type { Status } from './status.ts';
import { headlineStatusEvents, type StatusSetting } from './status-events.ts';

interface Dated {
  date: string;
  /** Position in the author's file, when the list at hand is in another order. */
  order?: number;
}

/** Oldest first; events on the same date keep the order the author wrote them in. */
export function sortEventsAsc<T extends Dated>(events: readonly T[]): T[] {
  return events
    .map((event, i) => ({ event, i: event.order ?? i }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.i - b.i)
    .map(({ event }) => event);
}

/** Newest first; among events on the same date, the one written last comes first. */
export function sortEventsDesc<T extends Dated>(events: readonly T[]): T[] {
  return sortEventsAsc(events).reverse();
}

/**
 * The event from which the current status has held without a break: the earliest of the latest run
 * of status-setting events that all set the current status. ("Banned since October 2020", even if
 * a court confirmed the ban in 2022.)
 */
export function statusSinceEvent<T extends Dated & StatusSetting>(
  events: readonly T[],
): (T & { status: Status }) | undefined {
  let since: (T & { status: Status }) | undefined;
  for (const e of headlineStatusEvents(sortEventsDesc(events))) {
    if (since && e.status !== since.status) break;
    since = e;
  }
  return since;
}

/**
 * An entry's current status: the status of its latest headline-setting event, or `no-decision` when
 * none sets one. The one derivation every page, file, feed and the validator use.
 */
export function currentStatus<T extends Dated & StatusSetting>(events: readonly T[]): Status {
  return latestStatusEvent(events)?.status ?? 'no-decision';
}

/** The latest event that sets the headline status: the one that decides an entry's current status. */
export function latestStatusEvent<T extends Dated & StatusSetting>(
  events: readonly T[],
): (T & { status: Status }) | undefined {
  return headlineStatusEvents(sortEventsDesc(events))[0];
}

export interface DatedItem {
  date: string;
}

export interface MonthGroup<T> {
  /** "2019-05", or "2019" for events known only to the year. */
  key: string;
  items: T[];
}

export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
  count: number;
}

/**
 * Newest first, grouped by year and month. Events known only to the year come after that year's
 * months ("sometime in 2019"), as they would in any reading of the year from the end.
 */
export function groupByYearMonth<T extends DatedItem>(items: readonly T[]): YearGroup<T>[] {
  const years = new Map<number, Map<string, T[]>>();
  for (const item of sortEventsDesc(items)) {
    const year = Number(item.date.slice(0, 4));
    const key = item.date.slice(0, 7);
    if (!years.has(year)) years.set(year, new Map());
    const months = years.get(year)!;
    if (!months.has(key)) months.set(key, []);
    months.get(key)!.push(item);
  }
  return [...years]
    .sort((a, b) => b[0] - a[0])
    .map(([year, months]) => {
      const groups = [...months]
        .map(([key, list]) => ({ key, items: list }))
        .sort((a, b) => (a.key.length !== b.key.length ? b.key.length - a.key.length : a.key < b.key ? 1 : -1));
      return { year, months: groups, count: groups.reduce((n, g) => n + g.items.length, 0) };
    });
}
