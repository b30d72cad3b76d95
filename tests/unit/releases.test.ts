import { describe, expect, it } from 'vitest';
import {
  changeItems,
  compareReleaseIds,
  diffReleases,
  formatReleaseRecord,
  isSubstantive,
  makeRelease,
  nextReleaseId,
  parseReleaseRecord,
  releaseHistory,
  releaseTitle,
  replayReleases,
  statusChangeNature,
  type EntrySnapshot,
  type ReleaseState,
} from '../../src/lib/releases.ts';

const law = {
  date: '2020-07-14',
  title: 'Ban',
  type: 'law',
  evidence: 'official-text',
  status: 'banned' as const,
  scope: ['core' as const],
  sources: [{ publisher: 'Gazette', date: '2020-07-14' }],
};
const report = {
  date: '2019-05',
  title: 'Report',
  type: 'report',
  evidence: 'single-report',
  sources: [{ publisher: 'Wire', date: '2019-05' }],
};
const zeta = (over: Partial<EntrySnapshot> = {}): EntrySnapshot => ({
  name: 'Zeta',
  region: 'Europe',
  status: 'banned',
  summary: 'Zeta bans it.',
  events: { 'report-2019': report, 'ban-2020': law },
  ...over,
});
const state = (entries: Record<string, EntrySnapshot>): ReleaseState => new Map(Object.entries(entries));

describe('release ids', () => {
  it('count a second release on one day, and sort by date then counter', () => {
    expect(nextReleaseId('2026-12-03', [])).toBe('2026-12-03');
    expect(nextReleaseId('2026-12-03', ['2026-12-03'])).toBe('2026-12-03-2');
    expect(['2026-12-03-2', '2026-11-01', '2026-12-03'].sort(compareReleaseIds)).toEqual([
      '2026-11-01',
      '2026-12-03',
      '2026-12-03-2',
    ]);
  });
});

describe('recording and replaying releases', () => {
  const first = makeRelease('2026-11-01', undefined, state({ 'countries/zeta': zeta() }))!;
  const after = state({
    'countries/zeta': zeta({ summary: 'Changed.' }),
    'companies/acme': zeta({ name: 'Acme', status: 'permitted' }),
  });
  const second = makeRelease('2026-12-01', { id: first.id, state: replayReleases([first]).at(-1)!.state }, after)!;

  it('the first holds every entry; the next only what changed, and null for what is gone', () => {
    expect(Object.keys(first.entries)).toEqual(['countries/zeta']);
    expect(Object.keys(second.entries)).toEqual(['companies/acme', 'countries/zeta']);
    const third = makeRelease(
      '2026-12-02',
      { id: second.id, state: after },
      state({ 'countries/zeta': zeta({ summary: 'Changed.' }) }),
    )!;
    expect(third.entries).toEqual({ 'companies/acme': null });
  });

  it('records nothing when nothing changed', () => {
    expect(makeRelease('2026-12-02', { id: second.id, state: after }, after)).toBeUndefined();
  });

  it('replays the records to the whole data at each release, and refuses a broken chain', () => {
    const replayed = replayReleases([second, first]);
    expect(replayed.map((r) => r.id)).toEqual(['2026-11-01', '2026-12-01']);
    expect([...replayed[1]!.state.keys()].sort()).toEqual(['companies/acme', 'countries/zeta']);
    expect(() => replayReleases([second])).toThrow('release 2026-12-01 follows 2026-11-01');
  });

  it('round-trips through its file, one entry per line', () => {
    const text = formatReleaseRecord(second);
    expect(text.split('\n').filter((l) => l.startsWith('    "'))).toHaveLength(2);
    expect(parseReleaseRecord('x.json', text)).toEqual(second);
    expect(() => parseReleaseRecord('bad.json', '{"id":"nope","previous":null,"entries":{}}')).toThrow('bad.json › id');
  });
});

describe('what changed between releases', () => {
  it('finds added, removed and renamed entries', () => {
    const diff = diffReleases(
      state({ 'countries/zeta': zeta(), 'countries/old': zeta({ name: 'Old', events: { x: report } }) }),
      state({ 'countries/zeta-land': zeta({ name: 'Zetaland' }), 'companies/new': zeta({ name: 'New' }) }),
    );
    expect(diff.renamed).toEqual([
      { from: { key: 'countries/zeta', name: 'Zeta' }, to: { key: 'countries/zeta-land', name: 'Zetaland' } },
    ]);
    expect(diff.added.map((c) => c.key)).toEqual(['companies/new']);
    expect(diff.removed.map((c) => c.key)).toEqual(['countries/old']);
  });

  it('finds new, corrected and removed events, status and scope changes', () => {
    const corrected = { ...law, date: '2020-07-15', sources: [{ publisher: 'Gazette', date: '2020-07-15' }] };
    const diff = diffReleases(
      state({ 'countries/zeta': zeta() }),
      state({
        'countries/zeta': zeta({
          status: 'restricted',
          events: {
            'ban-2020': corrected,
            'narrowed-2024': { ...law, date: '2024', title: 'Narrowed', status: 'restricted', scope: ['core'] },
          },
        }),
      }),
    );
    expect(diff.statusChanges).toEqual([
      {
        key: 'countries/zeta',
        name: 'Zeta',
        from: 'banned',
        to: 'restricted',
        eventId: 'narrowed-2024',
        eventDate: '2024',
      },
    ]);
    expect(diff.scopeChanges).toEqual([
      { key: 'countries/zeta', name: 'Zeta', scope: 'core', from: 'banned', to: 'restricted' },
    ]);
    expect(diff.newEvents.map((e) => e.id)).toEqual(['narrowed-2024']);
    expect(diff.removedEvents.map((e) => e.id)).toEqual(['report-2019']);
    expect(diff.corrections).toEqual([
      {
        key: 'countries/zeta',
        name: 'Zeta',
        id: 'ban-2020',
        title: 'Ban',
        date: '2020-07-15',
        fields: ['date', 'sources'],
      },
    ]);
    expect(isSubstantive(diff, 'countries/zeta')).toBe(true);
    expect(changeItems(diff).map((i) => i.kind)).toEqual([
      'status',
      'scope',
      'new-event',
      'corrected',
      'removed-event',
    ]);
  });

  it('a rename needs half the old events or more, and never crosses kinds', () => {
    // Two of four events kept: exactly half, a rename; one of four, an entry removed and another added.
    const four = { a: report, b: law, c: { ...report, title: 'C' }, d: { ...law, title: 'D' } };
    const renamed = diffReleases(
      state({ 'countries/old': zeta({ events: four }) }),
      state({ 'countries/new': zeta({ events: { a: report, b: law, e: { ...report, title: 'E' } } }) }),
    );
    expect(renamed.renamed.map((r) => [r.from.key, r.to.key])).toEqual([['countries/old', 'countries/new']]);
    const notRenamed = diffReleases(
      state({ 'countries/old': zeta({ events: four }) }),
      state({ 'countries/new': zeta({ events: { a: report, e: { ...report, title: 'E' } } }) }),
    );
    expect([notRenamed.renamed, notRenamed.added.map((c) => c.key), notRenamed.removed.map((c) => c.key)]).toEqual([
      [],
      ['countries/new'],
      ['countries/old'],
    ]);
    const acrossKinds = diffReleases(state({ 'countries/zeta': zeta() }), state({ 'companies/zeta': zeta() }));
    expect([acrossKinds.renamed, acrossKinds.added.map((c) => c.key), acrossKinds.removed.map((c) => c.key)]).toEqual([
      [],
      ['companies/zeta'],
      ['countries/zeta'],
    ]);
  });

  it('a correction alone is not substantive', () => {
    const diff = diffReleases(
      state({ 'countries/zeta': zeta() }),
      state({
        'countries/zeta': zeta({
          events: { 'report-2019': { ...report, title: 'Report, corrected' }, 'ban-2020': law },
        }),
      }),
    );
    expect(diff.corrections.map((c) => c.fields)).toEqual([['title']]);
    expect(isSubstantive(diff, 'countries/zeta')).toBe(false);
  });

  it('the history lists releases newest first, each against the one before', () => {
    const first = makeRelease('2026-11-01', undefined, state({ 'countries/zeta': zeta() }))!;
    const second = makeRelease(
      '2026-12-01',
      { id: first.id, state: state({ 'countries/zeta': zeta() }) },
      state({ 'countries/zeta': zeta({ status: 'restricted' }) }),
    )!;
    const history = releaseHistory([first, second], {
      '2026-12-01': { summary: 'Zeta reclassified.', reasons: { 'countries/zeta': 'Read again.' } },
    });
    expect(history.map((h) => [h.id, h.previous, h.items.map((i) => i.kind), h.summary, h.ofDay])).toEqual([
      ['2026-12-01', '2026-11-01', ['status'], 'Zeta reclassified.', { n: 1, count: 1 }],
      ['2026-11-01', null, ['added'], undefined, { n: 1, count: 1 }],
    ]);
    // The 2020 event that sets the status predates the release before: the tracker's reclassification.
    expect(history[0]!.items[0]).toMatchObject({ nature: 'reclassification', reason: 'Read again.' });
  });

  it('tells a new development from a reclassification by the date of the event that sets the status', () => {
    expect(statusChangeNature('2026-12-02', '2026-12-01')).toBe('development');
    expect(statusChangeNature('2026-12-01', '2026-12-01')).toBe('reclassification');
    expect(statusChangeNature('2026-12', '2026-12-01-2')).toBe('development');
    expect(statusChangeNature('2026-11', '2026-12-01')).toBe('reclassification');
    expect(statusChangeNature(undefined, '2026-12-01')).toBe('reclassification');
  });

  it('titles releases made the same day so they can be told apart', () => {
    const fmt = (d: string) => `day ${d}`;
    expect(releaseTitle({ date: '2026-12-03', ofDay: { n: 2, count: 6 } }, fmt)).toBe('day 2026-12-03, release 2 of 6');
    expect(releaseTitle({ date: '2026-12-04', ofDay: { n: 1, count: 1 } }, fmt)).toBe('day 2026-12-04');
  });
});
