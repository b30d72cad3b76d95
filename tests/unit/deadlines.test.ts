import { describe, expect, it } from 'vitest';
import { lastDayOf as deadlineDay } from '../../src/lib/calendar-date.ts';
import { splitDeadlines } from '../../src/lib/deadlines.ts';

describe('deadlines', () => {
  it('reads a year or month deadline as its last day', () => {
    expect(deadlineDay('2027')).toBe('2027-12-31');
    expect(deadlineDay('2024-02')).toBe('2024-02-29');
    expect(deadlineDay('2023-02')).toBe('2023-02-28');
    expect(deadlineDay('2026-12-31')).toBe('2026-12-31');
  });

  it('puts upcoming deadlines soonest first and passed ones most recent first, relative to the build date', () => {
    const items = [
      { deadline: '2027' },
      { deadline: '2026-11' },
      { deadline: '2020-01-01' },
      { deadline: '2026-11-21' },
      { deadline: '2029-06-30' },
    ];
    const { upcoming, passed } = splitDeadlines(items, '2026-11-22');
    expect(upcoming.map((i) => i.deadline)).toEqual(['2026-11', '2027', '2029-06-30']);
    expect(passed.map((i) => i.deadline)).toEqual(['2026-11-21', '2020-01-01']);
  });
});
