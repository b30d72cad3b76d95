// Calendar dates kept at the precision their source gives (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): parsing,
// checking, comparing and period arithmetic, in one module, on date-fns with UTC dates so no time
// zone can move a day. Formatting for readers is in dates.ts.
import { UTCDate } from '@date-fns/utc';
// date-fns by function: the package root loads every function and locale (2.5 s, 0.5 GB here).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

export const CALENDAR_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** The parts of a calendar date; throws on anything else (validated content never has it). */
export function dateParts(date: string): DateParts {
  const m = CALENDAR_DATE_RE.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  return {
    year: Number(m[1]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}

export function precisionOf(date: string): Precision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The first day of the period a date names, as a UTC date: what formatting and arithmetic use. */
export function toUtcDate(date: string): UTCDate {
  const { year, month = 1, day = 1 } = dateParts(date);
  return new UTCDate(year, month - 1, day);
}

function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

/** A real date at its precision, from 1900 on: no month 13, no 30 February. */
export function isValidCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export { compareDates } from './calendar-order.ts';

/** True when the period a date names starts after `today` (YYYY-MM-DD). `2026-11` is not after 2026-11-22. */
export function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** The year of a calendar date as a number. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The last day a period allows: "2027" → 2027-12-31, "2027-06" → 2027-06-30, a day is itself. */
export function lastDayOf(date: string): string {
  const { year, month } = dateParts(date);
  if (date.length === 10) return date;
  return isoDay(lastDayOfMonth(new UTCDate(year, (month ?? 12) - 1, 1)));
}

/** The last day of a year: what "as of the end of 2019" compares against. */
export function endOfYear(year: number): string {
  return `${year}-12-31`;
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  if (precisionOf(day) !== 'day') throw new Error(`not a day: ${day}`);
  return isoDay(addDays(toUtcDate(day), 1));
}
