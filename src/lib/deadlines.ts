import { compareDates } from './calendar.ts';
import { daysInMonth } from './schema/calendar-date.ts';

/** The last day a deadline allows: "2027" → 2027-12-31, "2027-06" → 2027-06-30. */
export function deadlineDay(deadline: string): string {
  if (deadline.length === 10) return deadline;
  if (deadline.length === 7) {
    const [y, m] = deadline.split('-').map(Number) as [number, number];
    return `${deadline}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return `${deadline}-12-31`;
}

export interface DeadlineItem {
  deadline: string;
}

/** Upcoming deadlines soonest first, then passed ones most recent first, relative to the build date. */
export function splitDeadlines<T extends DeadlineItem>(items: readonly T[], today: string): { upcoming: T[]; passed: T[] } {
  const upcoming = items.filter((i) => deadlineDay(i.deadline) >= today).sort((a, b) => compareDates(a.deadline, b.deadline));
  const passed = items.filter((i) => deadlineDay(i.deadline) < today).sort((a, b) => compareDates(b.deadline, a.deadline));
  return { upcoming, passed };
}
