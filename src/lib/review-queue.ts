// Which entries to review next: first those with a deadline that has passed with no outcome
// recorded (time has moved on without the record), then those never reviewed as a whole, then those
// last reviewed longest ago, once a review is more than a year old; with what changed since (events
// dated after the review, and releases that touched the entry after it).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { toUtcDate } from './calendar-date.ts';
import { compareDeadlines, shownOutcome } from './deadlines.ts';
import type { DeadlineOutcome } from './schema/event.ts';
import type { ChangeItem } from './releases.ts';

export interface QueueInput {
  key: string;
  name: string;
  lastVerified: string | undefined;
  events: ReadonlyArray<{
    id: string;
    date: string;
    title: string;
    deadline?: string | undefined;
    deadlineOutcome?: DeadlineOutcome | undefined;
  }>;
}

export interface QueueItem extends QueueInput {
  /** Deadlines that have passed with the outcome still pending, oldest first. */
  overdue: Array<{ id: string; deadline: string }>;
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
      const overdue = e.events
        .filter((ev) => ev.deadline !== undefined && shownOutcome(ev.deadlineOutcome, ev.deadline, today) === 'overdue')
        .map((ev) => ({ id: ev.id, deadline: ev.deadline! }))
        .sort((a, b) => compareDeadlines(a.deadline, b.deadline));
      return {
        ...e,
        overdue,
        age,
        newerEvents: e.events.filter((ev) => ev.date > since.slice(0, ev.date.length)),
        releases: releases
          .filter((r) => r.date > since)
          .map((r) => ({ id: r.id, changes: r.items.filter((i) => i.key === e.key).length }))
          .filter((r) => r.changes > 0),
      };
    })
    .filter((i) => i.overdue.length > 0 || i.age === undefined || i.age > REVIEW_AFTER_DAYS)
    .sort(
      (a, b) =>
        Number(b.overdue.length > 0) - Number(a.overdue.length > 0) ||
        (a.overdue[0] && b.overdue[0] ? compareDeadlines(a.overdue[0].deadline, b.overdue[0].deadline) : 0) ||
        (b.age ?? Infinity) - (a.age ?? Infinity) ||
        a.name.localeCompare(b.name, 'en'),
    );
}
