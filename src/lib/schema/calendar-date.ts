import { z } from 'zod';

import { CALENDAR_DATE_RE, isValidCalendarDate } from '../calendar-date.ts';

export { CALENDAR_DATE_RE, isValidCalendarDate };
export type { Precision } from '../calendar-date.ts';

/**
 * YAML turns an unquoted `2019-05-16` into a Date and `2019` into a number (Astro's loader does this);
 * bring both back to the string the author wrote. The standalone validator parses YAML without
 * timestamps, so an impossible unquoted date such as 2019-02-30 still reaches the check below.
 */
function fromYaml(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

// The shape is a `.regex` rather than part of the refinement so that the JSON Schema generated from
// this module (/api/v1/schema.json) carries it as a `pattern`; the messages are the same either way.
const calendarString = z
  .string()
  .regex(CALENDAR_DATE_RE, { error: (i) => `"${String(i.input)}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` })
  .superRefine((value, ctx) => {
    if (CALENDAR_DATE_RE.test(value) && !isValidCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
    }
  });

/** A date at year, month or day precision. */
export const CalendarDateSchema = z.preprocess(fromYaml, calendarString);

/** A date that must be known to the day (for example `lastVerified`). */
export const DayDateSchema = z.preprocess(
  fromYaml,
  calendarString.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'needs a full date, YYYY-MM-DD' }),
);

export type CalendarDate = string;
