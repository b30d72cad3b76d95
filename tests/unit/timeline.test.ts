import { describe, expect, it } from 'vitest';
import {
  groupByYearMonth,
  latestStatusEvent,
  sortEventsAsc,
  sortEventsDesc,
  statusSinceEvent,
} from '../../src/lib/timeline.ts';

const ev = (id: string, date: string, status?: 'banned' | 'permitted') => ({ id, date, ...(status ? { status } : {}) });

describe('timeline order', () => {
  it('sorts oldest first, keeping the written order on equal dates', () => {
    const events = [ev('b', '2020-01-01'), ev('a', '2019'), ev('c', '2020-01-01'), ev('d', '2019-06')];
    expect(sortEventsAsc(events).map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortEventsDesc(events).map((e) => e.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('finds the latest event that sets a status, skipping later events without one', () => {
    const events = [ev('ban', '2020-05-01', 'banned'), ev('reaction', '2021-01-01'), ev('old', '2019', 'permitted')];
    expect(latestStatusEvent(events)?.id).toBe('ban');
    expect(latestStatusEvent([ev('x', '2020')])).toBeUndefined();
  });

  it('on equal dates, the event written last decides', () => {
    const events = [ev('first', '2020-05-01', 'permitted'), ev('second', '2020-05-01', 'banned')];
    expect(latestStatusEvent(events)?.id).toBe('second');
  });
});

describe('grouping by year and month', () => {
  it('groups newest first; events known only to the year come last in their year', () => {
    const groups = groupByYearMonth([
      ev('a', '2019-05-16'),
      ev('b', '2019'),
      ev('c', '2020-01'),
      ev('d', '2019-05-02'),
      ev('e', '2019-11-30'),
    ]);
    expect(groups.map((g) => g.year)).toEqual([2020, 2019]);
    expect(groups[1]!.months.map((m) => m.key)).toEqual(['2019-11', '2019-05', '2019']);
    expect(groups[1]!.months[1]!.items.map((e) => e.id)).toEqual(['a', 'd']);
    expect(groups.map((g) => g.count)).toEqual([1, 4]);
  });
});

describe('re-sorting a sorted list', () => {
  it('keeps the author order of same-date events when events carry their file position', () => {
    const events = [
      { id: 'first', date: '2019-02', status: 'permitted' as const, order: 0 },
      { id: 'second', date: '2019-02', status: 'banned' as const, order: 1 },
    ];
    const desc = sortEventsDesc(events);
    expect(desc.map((e) => e.id)).toEqual(['second', 'first']);
    expect(sortEventsAsc(desc).map((e) => e.id)).toEqual(['first', 'second']);
    expect(latestStatusEvent(desc)?.id).toBe('second');
  });
});

describe('the status since', () => {
  it('is the start of the latest unbroken run of the current status', () => {
    const events = [
      { id: 'ban', date: '2020-10-20', status: 'banned' as const },
      { id: 'suspended', date: '2020-11-09', status: 'under-review' as const },
      { id: 'reinstated', date: '2020-12', status: 'banned' as const },
      { id: 'reaction', date: '2021-01' },
      { id: 'upheld', date: '2022-06-22', status: 'banned' as const },
    ];
    expect(statusSinceEvent(events)?.id).toBe('reinstated');
    expect(latestStatusEvent(events)?.id).toBe('upheld');
    expect(statusSinceEvent([{ id: 'x', date: '2020' }])).toBeUndefined();
  });
});
