// The order of calendar-date strings, on its own so that what sorts events (timeline.ts) does not
// bring the date library into the browser's scripts. calendar-date.ts re-exports it.

/**
 * Comparing calendar-date strings of mixed precision. `2019` sorts before `2019-05`, which sorts
 * before `2019-05-16`: a less precise date is taken as the start of its period.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
