import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, DayDateSchema, isValidCalendarDate } from '../../src/lib/schema/index.ts';
import { compareDates, isAfter } from '../../src/lib/calendar-date.ts';

describe('calendar dates', () => {
  it.each(['2019', '2019-05', '2019-05-16', '2020-02-29', '2000-02-29'])('accepts %s', (d) => {
    expect(isValidCalendarDate(d)).toBe(true);
  });

  it.each([
    '2019-02-30',
    '2019-13',
    '2019-00',
    '2019-04-31',
    '1900-02-29',
    '19',
    '2019-5',
    '2019-05-16T00:00',
    'yesterday',
    '',
  ])('rejects %s', (d) => {
    expect(isValidCalendarDate(d)).toBe(false);
  });

  it('brings YAML Dates and year numbers back to the string the author wrote', () => {
    expect(CalendarDateSchema.parse(new Date('2019-05-16T00:00:00Z'))).toBe('2019-05-16');
    expect(CalendarDateSchema.parse(2019)).toBe('2019');
  });

  it('explains what is wrong', () => {
    const notDate = CalendarDateSchema.safeParse('yesterday');
    expect(notDate.error?.issues[0]?.message).toContain('write YYYY, YYYY-MM or YYYY-MM-DD');
    const impossible = CalendarDateSchema.safeParse('2019-02-30');
    expect(impossible.error?.issues[0]?.message).toContain('not a real calendar date');
  });

  it('requires a full day where the field needs one', () => {
    expect(DayDateSchema.safeParse('2026-11').success).toBe(false);
    expect(DayDateSchema.safeParse('2026-11-20').success).toBe(true);
  });

  it('orders dates of mixed precision, less precise first', () => {
    const dates = ['2019-05-16', '2019', '2018-12-31', '2019-05'];
    expect([...dates].sort(compareDates)).toEqual(['2018-12-31', '2019', '2019-05', '2019-05-16']);
  });

  it('says a date is in the future only when its period starts after today', () => {
    expect(isAfter('2026-11', '2026-11-22')).toBe(false);
    expect(isAfter('2026', '2026-11-22')).toBe(false);
    expect(isAfter('2026-11-23', '2026-11-22')).toBe(true);
    expect(isAfter('2026-12', '2026-11-22')).toBe(true);
    expect(isAfter('2027', '2026-11-22')).toBe(true);
  });
});
