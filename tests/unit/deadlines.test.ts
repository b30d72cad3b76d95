import { describe, expect, it } from 'vitest';
import { lastDayOf as deadlineDay } from '../../src/lib/calendar-date.ts';
import { join } from 'node:path';
import { compareDeadlines, deadlineRows, isPassed, shownOutcome, splitDeadlines } from '../../src/lib/deadlines.ts';
import { formatIssue, validateContent } from '../../src/lib/validate/index.ts';
import { FIXTURES, fixtureFiles } from '../support/fixtures.ts';

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

describe('a deadline on the day it falls due, and after', () => {
  // The validator, /deadlines/, the entry page and the review queue ask one function; these pin its
  // boundary, so a deadline due on the build date is read the same everywhere.
  it('has not passed on its own day, and has the day after', () => {
    expect(isPassed('2026-12-06', '2026-12-06')).toBe(false);
    expect(isPassed('2026-12-06', '2026-12-07')).toBe(true);
    expect(isPassed('2026-12', '2026-12-31')).toBe(false);
    expect(isPassed('2026', '2027-01-01')).toBe(true);
  });

  it('is listed as upcoming on its own day', () => {
    const { upcoming, passed } = splitDeadlines([{ deadline: '2026-12-06' }, { deadline: '2026-12-05' }], '2026-12-06');
    expect(upcoming.map((i) => i.deadline)).toEqual(['2026-12-06']);
    expect(passed.map((i) => i.deadline)).toEqual(['2026-12-05']);
  });

  it('may still be pending on its own day, and may not yet be missed', () => {
    const fixture = (outcome: string) =>
      fixtureFiles(join(FIXTURES, 'notices', 'deadline-overdue')).map((f) => ({
        ...f,
        bytes: new TextEncoder().encode(
          new TextDecoder()
            .decode(f.bytes)
            .replace("'2024-06-30'", "'2026-12-06'")
            .replace('deadlineOutcome: pending', `deadlineOutcome: ${outcome}`),
        ),
      }));
    const pending = validateContent(fixture('pending'), { today: '2026-12-06' });
    expect([...pending.issues, ...pending.notices]).toEqual([]);
    const missed = validateContent(fixture('missed'), { today: '2026-12-06' });
    expect(missed.issues.map(formatIssue)).toEqual([
      'content/countries/badland.md › events[0].deadlineOutcome: is "missed" but the deadline 2026-12-06 is not yet due (build date 2026-12-06): use pending',
    ]);
    expect(validateContent(fixture('missed'), { today: '2026-12-07' }).issues).toEqual([]);
  });

  it('still pending after it passed is a notice naming the file and field, never an error', () => {
    const { issues, notices } = validateContent(fixtureFiles(join(FIXTURES, 'notices', 'deadline-overdue')), {
      today: '2026-12-06',
    });
    expect(issues).toEqual([]);
    expect(notices.map(formatIssue)).toEqual([
      'content/countries/badland.md › events[0].deadlineOutcome: the deadline 2024-06-30 has passed (build date 2026-12-06) and the outcome is still "pending": record met, missed, extended or unknown',
    ]);
  });

  it('shows "outcome not yet recorded" once passed and still pending', () => {
    expect(shownOutcome('pending', '2026-12-06', '2026-12-06')).toBe('pending');
    expect(shownOutcome('pending', '2026-12-06', '2026-12-07')).toBe('overdue');
    expect(shownOutcome(undefined, '2026', '2027-01-01')).toBe('overdue');
    expect(shownOutcome('met', '2026', '2027-01-01')).toBe('met');
  });
});

describe('deadlines in order of the day they fall due', () => {
  it('counts a year-only deadline as the end of that year, after a day in it', () => {
    const { upcoming } = splitDeadlines(
      [{ deadline: '2029-12-31' }, { deadline: '2027' }, { deadline: '2026' }, { deadline: '2026-12-19' }],
      '2026-12-06',
    );
    expect(upcoming.map((i) => i.deadline)).toEqual(['2026-12-19', '2026', '2027', '2029-12-31']);
  });

  it('puts the more precise of two deadlines due the same day first', () => {
    expect(['2027', '2027-12-31', '2027-12'].sort(compareDeadlines)).toEqual(['2027-12-31', '2027-12', '2027']);
  });
});

describe('one row per deadline and decision', () => {
  const item = (entry: string, deadline: string, date: string, extra: { story?: string; url?: string } = {}) => ({
    url: `/countries/${entry}/#e`,
    deadline,
    date,
    ...(extra.story ? { story: extra.story } : {}),
    sources: extra.url ? [{ url: extra.url }] : [],
  });

  it('names every entry a decision binds in one row, and keeps other decisions on the same day apart', () => {
    const items = [
      item('canada', '2027-12-31', '2022-05-19'),
      item('telus', '2027-12-31', '2022-05-19'),
      item('united-kingdom', '2027', '2020-07-14'),
      item('bell-canada', '2027-12-31', '2022-05-19'),
      item('united-kingdom', '2027-12-31', '2022-10-13', { story: 'uk-designation' }),
      item('bt-group', '2027-12-31', '2022-11', { story: 'uk-designation' }),
    ];
    const rows = deadlineRows(items).map((row) => row.map((i) => i.url.split('/')[2]));
    expect(rows).toEqual([['canada', 'telus', 'bell-canada'], ['united-kingdom'], ['united-kingdom', 'bt-group']]);
  });

  it('never merges decisions that fall due on different days', () => {
    const rows = deadlineRows([item('a', '2026', '2024-07-10'), item('b', '2026-12-30', '2024-07-10')]);
    expect(rows).toHaveLength(2);
  });
});
