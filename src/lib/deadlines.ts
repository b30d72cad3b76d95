import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { compareDates, lastDayOf, toUtcDate } from './calendar-date.ts';
import type { DeadlineOutcome } from './schema/event.ts';
import type { ShownOutcome } from './evidence.ts';
import { groupStories, type StoryItem } from './stories.ts';

export interface DeadlineItem {
  deadline: string;
}

/**
 * The day a deadline falls due: a deadline given as a year or a month is due on its last day
 * ("2027" on 31 December 2027). Lists sort by it, and it decides whether a deadline has passed.
 */
export function effectiveDate(deadline: string): string {
  return lastDayOf(deadline);
}

/**
 * Whether a deadline has passed on `today`. A deadline due today has not: it is still to be met.
 * The validator, /deadlines/, the entry pages and the review queue all ask this one function.
 */
export function isPassed(deadline: string, today: string): boolean {
  return effectiveDate(deadline) < today;
}

/** Soonest effective date first; on the same day, the more precise deadline first ("31 Dec 2026" before "2026"). */
export function compareDeadlines(a: string, b: string): number {
  const da = effectiveDate(a);
  const db = effectiveDate(b);
  return da < db ? -1 : da > db ? 1 : b.length - a.length;
}

/** Upcoming deadlines soonest first, then passed ones most recent first, relative to the build date. */
export function splitDeadlines<T extends DeadlineItem>(
  items: readonly T[],
  today: string,
): { upcoming: T[]; passed: T[] } {
  const upcoming = items
    .filter((i) => !isPassed(i.deadline, today))
    .sort((a, b) => compareDeadlines(a.deadline, b.deadline));
  const passed = items
    .filter((i) => isPassed(i.deadline, today))
    .sort((a, b) => compareDeadlines(b.deadline, a.deadline));
  return { upcoming, passed };
}

/** What a reader sees of a deadline's outcome on `today`: "overdue" for a pending one whose date has passed. */
export function shownOutcome(outcome: DeadlineOutcome | undefined, deadline: string, today: string): ShownOutcome {
  const recorded = outcome ?? 'pending';
  return recorded === 'pending' && isPassed(deadline, today) ? 'overdue' : recorded;
}

export interface DeadlineEvent {
  id: string;
  date: string;
  deadline?: string | undefined;
  deadlineOutcome?: string | undefined;
}

/**
 * The deadline a reader should see first on an entry: the soonest one still ahead of `today`, or,
 * when none is, the most recent one that has passed (with its outcome).
 */
export function nextDeadline<E extends DeadlineEvent>(
  events: readonly E[],
  today: string,
): (E & { deadline: string; passed: boolean }) | undefined {
  // When two events set the same deadline, the newer one speaks for it (it knows more), whatever
  // order the events come in.
  const newestFirst = events
    .filter((e): e is E & { deadline: string } => e.deadline !== undefined)
    .sort((a, b) => compareDates(b.date, a.date) || a.id.localeCompare(b.id));
  const { upcoming, passed } = splitDeadlines(newestFirst, today);
  if (upcoming[0]) return { ...upcoming[0], passed: false };
  if (passed[0]) return { ...passed[0], passed: true };
  return undefined;
}

/**
 * How far off a deadline is from the build date, in the unit a reader would use: "in 16 days",
 * "in 13 months", "in 3 years". A deadline given as a year or month falls due on its last day.
 * Undefined once it has passed.
 */
export function countdown(deadline: string, today: string): string | undefined {
  const due = toUtcDate(lastDayOf(deadline));
  const now = toUtcDate(today);
  const days = differenceInCalendarDays(due, now);
  if (days < 0) return undefined;
  if (days === 0) return 'due today';
  if (days < 60) return `in ${days} ${days === 1 ? 'day' : 'days'}`;
  const months = differenceInCalendarMonths(due, now);
  if (months < 24) return `in ${months} months`;
  return `in ${Math.floor(months / 12)} years`;
}

export interface DeadlineRowItem extends DeadlineItem, StoryItem {
  date: string;
}

/**
 * One row per deadline and decision, naming every entry it binds: items that fall due on the same
 * day and record one decision — one story (a shared `story` key or source), or made on the same
 * date — share a row. Rows keep the order of their first item; items within a row their input order.
 */
export function deadlineRows<T extends DeadlineRowItem>(items: readonly T[]): T[][] {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = effectiveDate(item.deadline);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day)!.push(item);
  }
  const rowOf = new Map<T, T[]>();
  for (const sameDay of byDay.values()) {
    // Stories first (shared keys or sources), then stories made on the same date are one decision.
    const rows: T[][] = [];
    for (const story of groupStories(sameDay)) {
      const row = rows.find((r) => r.some((x) => story.some((y) => x.date === y.date)));
      if (row) row.push(...story);
      else rows.push([...story]);
    }
    for (const row of rows) for (const item of row) rowOf.set(item, row);
  }
  const position = new Map(items.map((x, i) => [x, i]));
  const seen = new Set<T[]>();
  const ordered: T[][] = [];
  for (const item of items) {
    const row = rowOf.get(item)!;
    if (seen.has(row)) continue;
    seen.add(row);
    ordered.push([...row].sort((a, b) => position.get(a)! - position.get(b)!));
  }
  return ordered;
}
