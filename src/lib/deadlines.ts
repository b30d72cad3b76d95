import { compareDates, lastDayOf } from './calendar-date.ts';

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
