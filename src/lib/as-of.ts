import { compareDates, endOfYear } from './calendar-date.ts';
import type { Scope } from './schema/index.ts';
import type { Status } from './status.ts';
import { headlineStatusEvents } from './status-events.ts';
import { sortEventsAsc } from './timeline.ts';

interface StatefulEvent {
  id: string;
  date: string;
  status?: Status | undefined;
  scope?: Scope[] | undefined;
}

export interface StateAt<E> {
  /** The status in force, or undefined when no event had set one yet. */
  status: Status | undefined;
  /** The event that set it. */
  statusEvent: E | undefined;
  /** What the measures covered: the scope of the latest event that stated one. */
  scope: Scope[];
  scopeEvent: E | undefined;
}

/**
 * An entry as it stood on a date: replay its events up to and including that date. A less precise
 * event date counts from the start of its period ("2019" is in force on 2019-06-30), as everywhere else.
 */
export function stateAt<E extends StatefulEvent>(events: readonly E[], date: string): StateAt<E> {
  return stateAtSorted(sortEventsAsc(events), date);
}

/** As stateAt, for events already sorted oldest first (sort once, ask for many dates). */
export function stateAtSorted<E extends StatefulEvent>(eventsAsc: readonly E[], date: string): StateAt<E> {
  const state: StateAt<E> = { status: undefined, statusEvent: undefined, scope: [], scopeEvent: undefined };
  const upTo: E[] = [];
  for (const event of eventsAsc) {
    if (compareDates(event.date, date) > 0) break;
    upTo.push(event);
  }
  // The same rule as the entry's current status: the latest headline-setting event up to the date.
  const statusEvent = headlineStatusEvents(upTo).at(-1);
  if (statusEvent) {
    state.status = statusEvent.status;
    state.statusEvent = statusEvent;
  }
  for (const event of upTo) {
    if (event.scope) {
      state.scope = event.scope;
      state.scopeEvent = event;
    }
  }
  return state;
}

/** Years from the first event to the build year, oldest first. */
export function yearsSpanned(eventDates: readonly string[], today: string): number[] {
  if (eventDates.length === 0) return [];
  // A loop, not Math.min(...dates): spreading 200,000 arguments overflows the call stack.
  let first = Infinity;
  for (const d of eventDates) first = Math.min(first, Number(d.slice(0, 4)));
  const last = Number(today.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** How many entries had each status at the end of each year (entries with no status yet are not counted). */
export function statusCountsByYear<E extends StatefulEvent>(
  entries: readonly { events: readonly E[] }[],
  years: readonly number[],
  statuses: readonly Status[],
): { year: number; counts: Record<Status, number>; total: number }[] {
  const sorted = entries.map((e) => sortEventsAsc(e.events));
  return years.map((year) => {
    const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
    let total = 0;
    for (const events of sorted) {
      const { status } = stateAtSorted(events, endOfYear(year));
      if (status) {
        counts[status] += 1;
        total += 1;
      }
    }
    return { year, counts, total };
  });
}
