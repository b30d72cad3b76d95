import { compareDates } from './calendar.ts';
import type { Status } from './status.ts';

interface Dated {
  date: string;
}

/** Oldest first; events on the same date keep the order the author wrote them in. */
export function sortEventsAsc<T extends Dated>(events: readonly T[]): T[] {
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.i - b.i)
    .map(({ event }) => event);
}

/** Newest first; among events on the same date, the one written last comes first. */
export function sortEventsDesc<T extends Dated>(events: readonly T[]): T[] {
  return sortEventsAsc(events).reverse();
}

/** The latest event that sets a status: the one that decides an entry's current status. */
export function latestStatusEvent<T extends Dated & { status?: Status | undefined }>(
  events: readonly T[],
): (T & { status: Status }) | undefined {
  return sortEventsDesc(events).find((e): e is T & { status: Status } => e.status !== undefined);
}
