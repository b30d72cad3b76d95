import { describe, expect, it } from 'vitest';
import { stateAt, statusCountsByYear, yearsSpanned } from '../../src/lib/as-of.ts';
import { endOfYear } from '../../src/lib/calendar-date.ts';
import type { Scope } from '../../src/lib/schema/index.ts';
import type { Status } from '../../src/lib/status.ts';
import { STATUSES } from '../../src/lib/status.ts';

const ev = (id: string, date: string, status?: Status, scope?: Scope[]) => ({
  id,
  date,
  ...(status ? { status } : {}),
  ...(scope ? { scope } : {}),
});

const events = [
  ev('review', '2019-03', 'under-review'),
  ev('core-ban', '2020-12-07', 'restricted', ['core']),
  ev('ran-too', '2022-05-01', undefined, ['core', 'ran']),
  ev('full-ban', '2023', 'banned'),
];

describe('the state of an entry on a date', () => {
  it('is empty before the first event', () => {
    expect(stateAt(events, '2018-12-31')).toEqual({
      status: undefined,
      statusEvent: undefined,
      scope: [],
      scopeEvent: undefined,
    });
  });

  it('takes the latest status-setting event on or before the date', () => {
    expect(stateAt(events, '2019-12-31').status).toBe('under-review');
    expect(stateAt(events, '2020-12-07').statusEvent?.id).toBe('core-ban');
    expect(stateAt(events, '2020-12-06').statusEvent?.id).toBe('review');
  });

  it('lets an event that only changes scope change the scope, not the status', () => {
    const s = stateAt(events, endOfYear(2022));
    expect(s.status).toBe('restricted');
    expect(s.statusEvent?.id).toBe('core-ban');
    expect(s.scope).toEqual(['core', 'ran']);
    expect(s.scopeEvent?.id).toBe('ran-too');
  });

  it('counts a year-precision event from the start of its year', () => {
    expect(stateAt(events, '2023-01-01').status).toBe('banned');
  });

  it('does not depend on the order events are written in', () => {
    expect(stateAt([...events].reverse(), '2021-06-30')).toEqual(stateAt(events, '2021-06-30'));
  });
});

describe('status counts by year', () => {
  it('counts each entry once per year, leaving out entries with nothing decided yet', () => {
    const entries = [
      { events },
      { events: [ev('a', '2021-02', 'permitted')] },
      { events: [ev('b', '2019', undefined)] },
    ];
    const years = yearsSpanned(['2019-03', '2023'], '2024-06-01');
    expect(years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const byYear = statusCountsByYear(entries, years, STATUSES);
    expect(byYear.map((y) => y.total)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(byYear[0]!.counts['under-review']).toBe(1);
    expect(byYear[2]!.counts).toMatchObject({ restricted: 1, permitted: 1, banned: 0 });
    expect(byYear[4]!.counts).toMatchObject({ banned: 1, permitted: 1 });
  });

  it('handles as many dates as a 40,000-entry record has (no spread of 200,000 arguments)', () => {
    const dates = Array.from({ length: 300_000 }, (_, i) => `${2012 + (i % 10)}-01`);
    expect(yearsSpanned(dates, '2026-01-01')).toHaveLength(15);
  });

  it('has no years when there are no events', () => {
    expect(yearsSpanned([], '2026-01-01')).toEqual([]);
  });
});
