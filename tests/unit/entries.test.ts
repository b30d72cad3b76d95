import { describe, expect, it } from 'vitest';
import { buildEntries, type RawEntry } from '../../src/lib/entries.ts';
import { countByStatus } from '../../src/lib/counts.ts';
import type { EntryData } from '../../src/lib/schema/index.ts';

function entry(kind: RawEntry['kind'], slug: string, name: string, extra: Partial<EntryData> = {}): RawEntry {
  return {
    kind,
    slug,
    data: {
      name,
      aliases: [],
      region: 'Europe',
      status: 'restricted',
      summary: 'A summary long enough for the schema.',
      lastVerified: '2026-11-01',
      related: [],
      events: [
        {
          id: 'early',
          date: '2019-03',
          title: 'Review opens',
          type: 'statement',
          status: 'under-review',
          sources: [{ publisher: 'A', date: '2019-03' }],
        },
        {
          id: 'law',
          date: '2020-12-07',
          title: 'Law passes',
          type: 'law',
          status: 'restricted',
          scope: ['core'],
          sources: [
            { publisher: 'B', date: '2020-12-08' },
            { publisher: 'C', date: '2020-12' },
          ],
        },
        {
          id: 'later',
          date: '2021',
          title: 'Operator reacts',
          type: 'operator-decision',
          sources: [{ publisher: 'D', date: '2021' }],
        },
      ],
      ...('iso2' in extra ? {} : kind === 'countries' ? { iso2: 'DE' } : {}),
      ...extra,
    } as EntryData,
  };
}

describe('entry view models', () => {
  const views = buildEntries([
    entry('countries', 'zeta', 'Zeta', { related: ['alpha-telecom'] }),
    entry('companies', 'alpha-telecom', 'Alpha Telecom'),
    entry('organizations', 'union', 'Union', { related: ['zeta', 'missing'] }),
  ]);
  const zeta = views.find((v) => v.slug === 'zeta')!;

  it('sorts entries by name and builds their URLs', () => {
    expect(views.map((v) => v.name)).toEqual(['Alpha Telecom', 'Union', 'Zeta']);
    expect(zeta.url).toBe('/countries/zeta/');
  });

  it('puts the timeline newest first with a permalink and numbered sources per event', () => {
    expect(zeta.events.map((e) => e.id)).toEqual(['later', 'law', 'early']);
    expect(zeta.events[1]!.url).toBe('/countries/zeta/#law');
    expect(zeta.events[1]!.sources.map((s) => s.n)).toEqual([1, 2]);
    expect(zeta.sourceCount).toBe(4);
  });

  it('derives the status event and the last change', () => {
    expect(zeta.statusEvent?.id).toBe('law');
    expect(zeta.lastChanged).toBe('2021');
  });

  it('links related entries both ways and ignores unknown slugs', () => {
    expect(zeta.related.map((r) => r.slug)).toEqual(['alpha-telecom', 'union']);
    expect(views.find((v) => v.slug === 'alpha-telecom')!.related.map((r) => r.slug)).toEqual(['zeta']);
    expect(views.find((v) => v.slug === 'union')!.related.map((r) => r.slug)).toEqual(['zeta']);
  });

  it('counts entries per status with zeros kept', () => {
    expect(countByStatus(views)).toEqual({
      banned: 0,
      restricted: 3,
      'under-review': 0,
      permitted: 0,
      'no-decision': 0,
    });
  });
});
