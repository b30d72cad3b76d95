// The one place dates are formatted for readers. Calendar strings become UTC dates only to be
// formatted (calendar-date.ts), so the machine's time zone can never move "2019-05-16" to the 15th.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { dateParts as parts, toUtcDate as toUtc } from './calendar-date.ts';

/**
 * Pages format the same few thousand dates again and again (every list, every feed); a date's text
 * never changes, so each one is formatted once per build.
 */
function memo(fn: (date: string) => string): (date: string) => string {
  const cache = new Map<string, string>();
  return (date) => {
    let text = cache.get(date);
    if (text === undefined) cache.set(date, (text = fn(date)));
    return text;
  };
}

const formatLong = memo((date) => {
  const { month, day } = parts(date);
  return format(toUtc(date), day !== undefined ? 'd MMMM yyyy' : month !== undefined ? 'MMMM yyyy' : 'yyyy');
});

/** "2019", "May 2019" or "16 May 2019"; "c. May 2019" when approximate. */
export function formatDate(date: string, approximate = false): string {
  return (approximate ? 'c. ' : '') + formatLong(date);
}

/** Short form for dense lists: "16 May 2019" → "16 May 2019", "2019-05" → "May 2019". */
export const formatDateShort = memo((date) => {
  const { month, day } = parts(date);
  return format(toUtc(date), day !== undefined ? 'd MMM yyyy' : month !== undefined ? 'MMM yyyy' : 'yyyy');
});

/** Heading for a month group: "2019-05" → "May 2019". */
export function formatMonth(yearMonth: string): string {
  return format(toUtc(yearMonth), 'MMMM yyyy');
}

/** Whole days from `date` (day precision) to `today`. */
export function daysSince(date: string, today: string): number {
  return differenceInCalendarDays(toUtc(today), toUtc(date));
}

/** "today", "yesterday", "12 days ago", "3 months ago", "2 years ago" — relative to the build date. */
export function formatAge(date: string, today: string): string {
  const days = daysSince(date, today);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  if (days < 730) return `${Math.floor(days / 30.44)} months ago`;
  return `${Math.floor(days / 365.25)} years ago`;
}
