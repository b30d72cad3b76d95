import { isValidCalendarDate } from '../../src/lib/schema/calendar-date.ts';

/**
 * The build date: everything "today" means (future-date checks, passed deadlines, "n days ago").
 * Set BUILD_DATE=YYYY-MM-DD for a reproducible build; otherwise it is today's UTC date, printed.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const value = env['BUILD_DATE'];
  if (value === undefined || value === '') return new Date().toISOString().slice(0, 10);
  if (value.length !== 10 || !isValidCalendarDate(value)) {
    throw new Error(`BUILD_DATE must be a date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
