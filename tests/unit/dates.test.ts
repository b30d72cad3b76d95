import { describe, expect, it } from 'vitest';
import { daysSince, formatAge, formatDate, formatDateShort, formatMonth } from '../../src/lib/dates.ts';

describe('date formatting', () => {
  it('keeps the precision the source gave', () => {
    expect(formatDate('2019')).toBe('2019');
    expect(formatDate('2019-05')).toBe('May 2019');
    expect(formatDate('2020-07-14')).toBe('14 July 2020');
    expect(formatDate('2019-05', true)).toBe('c. May 2019');
    expect(formatDateShort('2020-07-14')).toBe('14 Jul 2020');
    expect(formatMonth('2019-12')).toBe('December 2019');
  });

  it('is not shifted by the time zone of the machine', () => {
    // The first and last days of a year are where a UTC/local mix-up shows.
    expect(formatDate('2019-01-01')).toBe('1 January 2019');
    expect(formatDate('2019-12-31')).toBe('31 December 2019');
  });

  it('counts days and describes an age relative to the build date', () => {
    expect(daysSince('2026-11-20', '2026-11-22')).toBe(2);
    expect(formatAge('2026-11-22', '2026-11-22')).toBe('today');
    expect(formatAge('2026-11-21', '2026-11-22')).toBe('yesterday');
    expect(formatAge('2026-10-01', '2026-11-22')).toBe('52 days ago');
    expect(formatAge('2026-01-01', '2026-11-22')).toBe('10 months ago');
    expect(formatAge('2019-01-01', '2026-11-22')).toBe('7 years ago');
  });
});
