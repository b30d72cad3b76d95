import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { compareDates, lastDayOf, toUtcDate } from './calendar-date.ts';

export interface DeadlineItem {
  deadline: string;
}

/** Upcoming deadlines soonest first, then passed ones most recent first, relative to the build date. */
export function splitDeadlines<T extends DeadlineItem>(
  items: readonly T[],
  today: string,
): { upcoming: T[]; passed: T[] } {
  const upcoming = items
    .filter((i) => lastDayOf(i.deadline) >= today)
    .sort((a, b) => compareDates(a.deadline, b.deadline));
  const passed = items
    .filter((i) => lastDayOf(i.deadline) < today)
    .sort((a, b) => compareDates(b.deadline, a.deadline));
  return { upcoming, passed };
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
