// Which entries to review next: those never reviewed as a whole, then those last reviewed longest
// ago, once a review is more than a year old; with what changed since (events dated after the
// review, and releases that touched the entry after it).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { toUtcDate } from './calendar-date.ts';
import type { ChangeItem } from './releases.ts';

export interface QueueInput {
  key: string;
  name: string;
  lastVerified: string | undefined;
  events: ReadonlyArray<{ id: string; date: string; title: string }>;
}

export interface QueueItem extends QueueInput {
  /** Days since the last review, or undefined when never reviewed. */
  age: number | undefined;
  newerEvents: Array<{ id: string; date: string; title: string }>;
  /** Releases after the review that changed the entry: date and number of changes. */
  releases: Array<{ id: string; changes: number }>;
}

export const REVIEW_AFTER_DAYS = 365;

export function reviewQueue(
  entries: readonly QueueInput[],
  releases: ReadonlyArray<{ id: string; date: string; items: readonly ChangeItem[] }>,
  today: string,
): QueueItem[] {
  return entries
    .map((e): QueueItem => {
      const age = e.lastVerified ? differenceInCalendarDays(toUtcDate(today), toUtcDate(e.lastVerified)) : undefined;
      const since = e.lastVerified ?? '';
      return {
        ...e,
        age,
        newerEvents: e.events.filter((ev) => ev.date > since.slice(0, ev.date.length)),
        releases: releases
          .filter((r) => r.date > since)
          .map((r) => ({ id: r.id, changes: r.items.filter((i) => i.key === e.key).length }))
          .filter((r) => r.changes > 0),
      };
    })
    .filter((i) => i.age === undefined || i.age > REVIEW_AFTER_DAYS)
    .sort((a, b) => (b.age ?? Infinity) - (a.age ?? Infinity) || a.name.localeCompare(b.name, 'en'));
}
