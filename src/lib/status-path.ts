import type { Status } from './status.ts';
import { headlineStatusEvents, type StatusSetting } from './status-events.ts';
import { sortEventsAsc } from './timeline.ts';

export interface PathStep<E> {
  status: Status;
  /** The event from which this status held: the first of a run of events setting it. */
  event: E;
}

/**
 * How an entry's status moved, oldest first: "Under review → Restricted → Banned". Events that set
 * the status it already had extend the step rather than add one.
 */
export function statusPath<E extends { date: string; order?: number } & StatusSetting>(
  events: readonly E[],
): PathStep<E>[] {
  const path: PathStep<E>[] = [];
  for (const event of headlineStatusEvents(sortEventsAsc(events))) {
    if (path.at(-1)?.status === event.status) continue;
    path.push({ status: event.status, event });
  }
  return path;
}
