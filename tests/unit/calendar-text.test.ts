import { describe, expect, it } from 'vitest';
import { calendarText } from '../../src/lib/calendar-text.ts';
import { formatDate } from '../../src/lib/dates.ts';

describe('calendar dates in words, without date-fns (the browser scripts)', () => {
  it('keeps the precision the source gave, as the pages write it', () => {
    expect(calendarText('2024-07-11')).toBe('11 July 2024');
    expect(calendarText('2019-05')).toBe('May 2019');
    expect(calendarText('2019')).toBe('2019');
    expect(calendarText('2019-05', true)).toBe('c. May 2019');
    expect(calendarText('2020-01-01')).toBe('1 January 2020');
  });

  it("is dates.ts's formatDate for every day, month and year of a leap year and its neighbours", () => {
    const differ: string[] = [];
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const date of [day, day.slice(0, 7), day.slice(0, 4)])
        for (const approximate of [false, true])
          if (calendarText(date, approximate) !== formatDate(date, approximate)) differ.push(date);
    }
    expect(differ).toEqual([]);
  });

  it('gives back what is not a calendar date rather than inventing one', () => {
    expect(calendarText('soon')).toBe('soon');
    expect(calendarText('2024-13')).toBe('2024-13');
  });
});
