// The pure derivations the entry page, the maps, the groups and the lists rest on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionHref } from '../../src/lib/corrections.ts';
import { countdown, nextDeadline } from '../../src/lib/deadlines.ts';
import { GROUPS, groupMembers } from '../../src/lib/groups.ts';
import { reviewQueue } from '../../src/lib/review-queue.ts';
import { scopesByStatus, statusByScope } from '../../src/lib/scope-status.ts';
import { fullTextQuery, markdownText } from '../../src/lib/search.ts';
import { statusPath } from '../../src/lib/status-path.ts';
import { groupStories, storySiblings } from '../../src/lib/stories.ts';

const ev = (id: string, date: string, over: Record<string, unknown> = {}) => ({ id, date, ...over });

describe('status by part of the network', () => {
  const events = [
    ev('a', '2019', { status: 'under-review' }),
    ev('b', '2020-01', { status: 'restricted', scope: ['core', 'ran'] }),
    ev('c', '2020-07', { status: 'banned', scope: ['ran'] }),
    ev('d', '2021', { status: 'banned', scope: ['ran', 'government'] }),
    ev('e', '2022', { status: 'permitted' }),
  ] as const;

  it('replays scoped events scope by scope; unscoped ones leave the scopes alone', () => {
    const rows = statusByScope(events).map((r) => [r.scope, r.status, r.since.id, r.event.id]);
    expect(rows).toEqual([
      ['ran', 'banned', 'c', 'd'],
      ['core', 'restricted', 'b', 'b'],
      ['government', 'banned', 'd', 'd'],
    ]);
  });

  it('can be read as of a date, an event on that very date included', () => {
    expect(statusByScope(events, '2020-06-30').map((r) => [r.scope, r.status])).toEqual([
      ['ran', 'restricted'],
      ['core', 'restricted'],
    ]);
    // "2020-07" is in force from 1 July 2020: on that day the ban of the radio network holds.
    expect(statusByScope(events, '2020-07-01').map((r) => [r.scope, r.status])).toEqual([
      ['ran', 'banned'],
      ['core', 'restricted'],
    ]);
    expect(statusByScope(events, '2018-12-31')).toEqual([]);
  });

  it('groups the scopes by status, for a line such as "banned: 5G RAN; restricted: core"', () => {
    expect(scopesByStatus(statusByScope(events))).toEqual([
      { status: 'banned', scopes: ['ran', 'government'] },
      { status: 'restricted', scopes: ['core'] },
    ]);
  });
});

describe('the status path', () => {
  it('lists each change once, oldest first, from the first event of each run', () => {
    const path = statusPath([
      ev('c', '2021', { status: 'banned' }),
      ev('a', '2019', { status: 'under-review' }),
      ev('b', '2020', { status: 'banned' }),
      ev('x', '2020-05'),
    ]);
    expect(path.map((s) => [s.status, s.event.id])).toEqual([
      ['under-review', 'a'],
      ['banned', 'b'],
    ]);
  });
});

describe('the next deadline', () => {
  const events = [
    ev('old', '2019', { deadline: '2023-12-31', deadlineOutcome: 'missed' }),
    ev('soon', '2022', { deadline: '2027', deadlineOutcome: 'pending' }),
    ev('later', '2022', { deadline: '2029', deadlineOutcome: 'pending' }),
  ];
  it('is the soonest still ahead, or else the latest passed', () => {
    expect(nextDeadline(events, '2026-12-03')).toMatchObject({ id: 'soon', passed: false });
    expect(nextDeadline(events, '2030-01-01')).toMatchObject({ id: 'later', passed: true });
    expect(nextDeadline([ev('none', '2020')], '2026-12-03')).toBeUndefined();
  });

  it('counts down to a deadline in the unit a reader would use', () => {
    expect(countdown('2026-12-19', '2026-12-03')).toBe('in 16 days');
    expect(countdown('2026-12-04', '2026-12-03')).toBe('in 1 day');
    expect(countdown('2026-12', '2026-12-31')).toBe('due today');
    expect(countdown('2027', '2026-12-03')).toBe('in 12 months');
    expect(countdown('2029-12-31', '2026-12-03')).toBe('in 3 years');
    expect(countdown('2026-11', '2026-12-03')).toBeUndefined();
  });

  it('when two events set the same deadline, the newer one speaks for it, in any order', () => {
    const set = [ev('old', '2020', { deadline: '2028' }), ev('new', '2024', { deadline: '2028' })];
    expect(nextDeadline(set, '2026-12-03')?.id).toBe('new');
    expect(nextDeadline([...set].reverse(), '2026-12-03')?.id).toBe('new');
  });
});

describe('stories', () => {
  it('name each entry once: a second event of one entry starts another row of the story', () => {
    const rows = groupStories([
      { url: '/countries/canada/#ban', date: '2022-05-19', sources: [{ url: 'https://a.example/x' }] },
      { url: '/companies/telus/#ban', date: '2022-05-19', sources: [{ url: 'https://a.example/x' }] },
      { url: '/countries/canada/#4g', date: '2022-05-19', sources: [{ url: 'https://a.example/x' }] },
    ]);
    expect(rows.map((r) => r.map((x) => x.url))).toEqual([
      ['/countries/canada/#ban', '/companies/telus/#ban'],
      ['/countries/canada/#4g'],
    ]);
  });

  const item = (url: string, date: string, urls: string[], story?: string) => ({
    url,
    date,
    ...(story ? { story } : {}),
    sources: urls.map((u) => ({ url: u })),
  });
  const items = [
    item('/countries/norway/#a', '2019-12-13', ['https://n.example/telenor']),
    item('/companies/telenor/#b', '2019-12-13', ['https://n.example/telenor', 'https://m.example/x']),
    item('/companies/ericsson/#c', '2019-12-13', ['https://m.example/x']),
    item('/countries/sweden/#d', '2019-12-13', ['https://other.example/']),
    item('/countries/uk/#e', '2020-07-14', [], 'uk-ban'),
    item('/companies/bt/#f', '2020-07-14', [], 'uk-ban'),
    item('/countries/norway/#g', '2020-01-01', ['https://n.example/telenor']),
  ];

  it('joins copies that share a date and a source address, or a story key, transitively', () => {
    expect(groupStories(items).map((g) => g.map((i) => i.url.split('#')[1]))).toEqual([
      ['a', 'b', 'c'],
      ['d'],
      ['e', 'f'],
      ['g'],
    ]);
  });

  it('gives each copy the others', () => {
    expect(
      storySiblings(items)
        .get('/companies/bt/#f')!
        .map((i) => i.url),
    ).toEqual(['/countries/uk/#e']);
    expect(storySiblings(items).get('/countries/sweden/#d')).toEqual([]);
  });
});

describe('correction links', () => {
  const target = { entryName: 'Sweden', eventTitle: 'PTS bars Huawei', url: 'https://t.example/countries/sweden/#pts' };
  it("open the repository's correction form, prefilled with the entry, the event and the page", () => {
    const href = new URL(correctionHref(target, { repoUrl: 'https://github.com/o/r/', contactEmail: 'a@b.example' })!);
    expect(href.origin + href.pathname).toBe('https://github.com/o/r/issues/new');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      template: 'correction.yml',
      title: 'Correction: Sweden: PTS bars Huawei',
      entry: 'Sweden',
      event: 'PTS bars Huawei',
      page: 'https://t.example/countries/sweden/#pts',
    });
    // On an event's own link, the event is named by its id, so the many links of a timeline stay short.
    const short = new URL(correctionHref({ ...target, eventId: 'pts' }, { repoUrl: 'https://github.com/o/r' })!);
    expect(Object.fromEntries(short.searchParams)).toMatchObject({ title: 'Correction: Sweden', event: 'pts' });
  });

  it('name fields the correction form has', () => {
    const form = readFileSync(new URL('../../.github/ISSUE_TEMPLATE/correction.yml', import.meta.url), 'utf8');
    for (const id of ['entry', 'event', 'page']) expect(form).toMatch(new RegExp(`\\bid: ${id}\\b`));
  });
  it('fall back to e-mail, and to nothing', () => {
    const mail = correctionHref(target, { contactEmail: 'fix@t.example' })!;
    expect(mail).toMatch(/^mailto:fix@t\.example\?subject=Correction%3A%20Sweden/);
    expect(correctionHref(target, {})).toBeUndefined();
  });
});

describe('groups', () => {
  it('have the members the issue names, and map them to entries by code or slug', () => {
    expect(GROUPS.map((g) => [g.slug, g.members.length])).toEqual([
      ['five-eyes', 5],
      ['eu', 27],
      ['g7', 8],
      ['g20', 21],
      ['asean', 11],
      ['gulf', 6],
      ['quad', 4],
    ]);
    const members = groupMembers(
      GROUPS.find((g) => g.slug === 'g7')!,
      [
        { kind: 'countries', slug: 'germany', iso2: 'DE' },
        { kind: 'organizations', slug: 'european-union', iso2: undefined },
      ],
    );
    expect(members.filter((m) => m.entry).map((m) => m.entry!.slug)).toEqual(['germany', 'european-union']);
    expect(members.filter((m) => !m.entry)).toHaveLength(6);
  });
});

describe('search text', () => {
  it('reads Markdown as prose for the index', () => {
    expect(
      markdownText('See [the **law**](https://a.example/x_(y)) and [ref][1].\n\n[1]: https://b.example\n\n> `code`'),
    ).toBe('See the law and ref. code');
  });
  it('hands the full-text index no markup and no runaway words', () => {
    expect(fullTextQuery('<img src=x onerror=alert(1)>')).toBe('');
    expect(fullTextQuery('a'.repeat(5000))).toBe('');
    expect(fullTextQuery('rip and <b>replace</b>')).toBe('rip and replace');
  });
});

describe('the review queue', () => {
  const entries = [
    {
      key: 'countries/a',
      name: 'A',
      lastVerified: '2026-12-01',
      events: [ev('x', '2026-11')].map((e) => ({ ...e, title: 'x' })),
    },
    { key: 'countries/b', name: 'B', lastVerified: undefined, events: [] },
    {
      key: 'countries/c',
      name: 'C',
      lastVerified: '2024-01-01',
      events: [{ id: 'y', date: '2025-03', title: 'Later' }],
    },
    { key: 'countries/d', name: 'D', lastVerified: '2025-06-01', events: [] },
  ];
  it('lists the never reviewed, then the oldest reviews past a year, with what changed since', () => {
    const queue = reviewQueue(
      entries,
      [{ id: '2025-05-01', date: '2025-05-01', items: [{ kind: 'new-event', key: 'countries/c', name: 'C' }] }],
      '2026-12-03',
    );
    expect(queue.map((q) => [q.name, q.age])).toEqual([
      ['B', undefined],
      ['C', 1067],
      ['D', 550],
    ]);
    expect(queue[1]!.newerEvents.map((e) => e.id)).toEqual(['y']);
    expect(queue[1]!.releases).toEqual([{ id: '2025-05-01', changes: 1 }]);
  });
});

describe('a story split into rows keeps the list in order', () => {
  it('puts the second row of a story where its own first event stands', () => {
    const item = (entry: string, date: string, story?: string) => ({
      url: `/countries/${entry}/#${date}`,
      date,
      ...(story ? { story } : {}),
      sources: [],
    });
    // Two events of one entry share a story key: the story splits, and its older row waits its turn.
    const rows = groupStories([item('a', '2025-08-20', 's'), item('b', '2025-08-07'), item('a', '2025-08', 's')]).map(
      (row) => row.map((i) => i.date),
    );
    expect(rows).toEqual([['2025-08-20'], ['2025-08-07'], ['2025-08']]);
  });
});
