/**
 * Comparing calendar-date strings of mixed precision. `2019` sorts before `2019-05`, which sorts
 * before `2019-05-16`: a less precise date is taken as the start of its period.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the period a date names starts after `today` (YYYY-MM-DD). `2026-11` is not after 2026-11-22. */
export function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** The year of a calendar date as a number. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
