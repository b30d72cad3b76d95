// What the releases publish: /changes/ wording, its Atom feed, and the data as it stood at each
// release (JSON and CSV), read back with real parsers.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/lib/outputs/atom.ts';
import {
  changesFeed,
  describeChange,
  releaseEntriesJson,
  releaseEventsCsv,
  releaseUrls,
  type ReleaseInput,
} from '../../src/lib/outputs/releases.ts';
import {
  type ChangeItem,
  diffSize,
  diffReleases,
  type EntrySnapshot,
  releaseHistory,
  makeRelease,
  snapshotEntry,
  stableJson,
} from '../../src/lib/releases.ts';
import type { EntryData } from '../../src/lib/schema/index.ts';

const site = new URL('https://tracker.example/');
const ban = {
  date: '2020-07-14',
  title: 'Ban, with "quotes"',
  type: 'law',
  evidence: 'official-text',
  status: 'banned' as const,
  deadline: '2027',
  deadlineOutcome: 'pending',
  sources: [
    { publisher: 'Gazette', date: '2020-07-14', url: 'https://gazette.example/a' },
    { publisher: 'Wire', date: '2020-07-15' },
  ],
};
const zeta: EntrySnapshot = { name: 'Zeta', region: 'Europe', status: 'banned', summary: 'Bans it.', events: { ban } };
const acme: EntrySnapshot = {
  name: 'Acme',
  region: 'Asia',
  status: 'permitted',
  summary: 'Buys it.',
  events: { deal: { date: '2021', title: 'Deal', type: 'deal', evidence: 'single-report', sources: [] } },
};

const first = makeRelease('2026-11-01', undefined, new Map([['countries/zeta', zeta]]))!;
const second = makeRelease(
  '2026-12-01',
  { id: first.id, state: new Map([['countries/zeta', zeta]]) },
  new Map([
    [
      'countries/zeta',
      { ...zeta, status: 'restricted' as const, events: { ban: { ...ban, status: 'restricted' as const } } },
    ],
    ['companies/acme', acme],
  ]),
)!;
const history = releaseHistory([first, second]);
const releases: ReleaseInput[] = history.map(({ id, date, previous, state, items, summary, ofDay }) => ({
  id,
  date,
  previous,
  state,
  items,
  summary,
  ofDay,
}));

describe('describing a change', () => {
  const item = (over: Partial<ChangeItem>): ChangeItem => ({
    kind: 'added',
    key: 'companies/acme',
    name: 'Acme',
    ...over,
  });
  it.each([
    [item({}), 'Acme: entry added'],
    [item({ kind: 'removed' }), 'Acme: entry removed'],
    [
      item({ kind: 'renamed', from: 'companies/ac', to: 'companies/acme' }),
      'Acme: moved from /companies/ac/ to /companies/acme/',
    ],
    // Companies are worded by what they did.
    [
      item({ kind: 'status', from: 'permitted', to: 'banned' }),
      'Acme: status Works with Huawei → Cut ties with Huawei',
    ],
    [
      item({ kind: 'status', key: 'countries/zeta', name: 'Zeta', from: undefined, to: 'banned' }),
      'Zeta: status none → Banned',
    ],
    [
      item({ kind: 'scope', eventTitle: 'Core', from: 'restricted', to: 'banned' }),
      'Acme: Core Limits Huawei → Cut ties with Huawei',
    ],
    [item({ kind: 'edited', fields: ['summary', 'aliases'] }), 'Acme: entry edited (summary, aliases)'],
    [item({ kind: 'new-event', eventTitle: 'Deal' }), 'Acme: new event, “Deal”'],
    [item({ kind: 'corrected', eventTitle: 'Deal', fields: ['date'] }), 'Acme: “Deal” corrected (date)'],
    [item({ kind: 'removed-event', eventTitle: 'Deal' }), 'Acme: event removed, “Deal”'],
  ])('%o', (change, text) => expect(describeChange(change)).toBe(text));
});

describe('the data as it stood', () => {
  const latest = releases[0]!;

  it('JSON: every entry by kind and slug, with its address, and the release it belongs to', () => {
    const doc = JSON.parse(releaseEntriesJson(latest, site));
    expect([doc.release, doc.previous, doc.count]).toEqual(['2026-12-01', '2026-11-01', 2]);
    expect(doc.entries.map((e: { kind: string; slug: string; url: string }) => [e.kind, e.slug, e.url])).toEqual([
      ['companies', 'acme', 'https://tracker.example/companies/acme/'],
      ['countries', 'zeta', 'https://tracker.example/countries/zeta/'],
    ]);
    expect(doc.entries[1].status).toBe('restricted');
  });

  it('CSV: one row per event and source, quoted where needed; an event without sources has no row', () => {
    const [header, ...rows]: string[][] = parseCsv(releaseEventsCsv(latest), { record_delimiter: '\r\n' });
    expect(header![0]).toBe('entry_kind');
    expect(rows).toHaveLength(2);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('entry_slug')], r[col('source_n')], r[col('source_url')]])).toEqual([
      ['zeta', '1', 'https://gazette.example/a'],
      ['zeta', '2', ''],
    ]);
    expect(rows[0]![col('event_title')]).toBe('Ban, with "quotes"');
    expect(rows[0]![col('event_deadline_outcome')]).toBe('pending');
  });

  it('lives under /data/releases/<id>/', () => {
    expect([releaseUrls.dir('x'), releaseUrls.entries('x'), releaseUrls.events('x'), releaseUrls.feed()]).toEqual([
      '/data/releases/x/',
      '/data/releases/x/entries.json',
      '/data/releases/x/events.csv',
      '/changes/feed.xml',
    ]);
  });
});

describe('the feed of changes', () => {
  const options = { title: 'Changes', author: { name: 'Tracker' }, rights: 'CC BY 4.0', emptyUpdated: '2026-12-03' };

  it('has one entry per release, newest first, linking each change to its event', () => {
    const xml = renderAtom(changesFeed(releases, site, options));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat();
    expect(entries.map((e: { title: { '#text': string } }) => e.title['#text'])).toEqual([
      'Release of 1 December 2026: 3 changes',
      'Release of 1 November 2026: 1 change',
    ]);
    expect(entries[0].content['#text']).toContain('https://tracker.example/countries/zeta/');
    expect(entries[0].content['#text']).toContain('Zeta: status Banned → Restricted');
    expect(feed.updated).toBe(entries[0].updated);
  });

  it('sums up a long release in five changes and a count', () => {
    const many: ChangeItem[] = Array.from({ length: 7 }, (_, i) => ({
      kind: 'new-event',
      key: 'countries/zeta',
      name: 'Zeta',
      eventId: `e${i}`,
      eventTitle: `Event ${i}`,
    }));
    const feed = changesFeed([{ ...releases[0]!, items: many }], site, options);
    expect(feed.entries[0]!.summary).toMatch(/; and 2 more$/);
  });

  it('without a release, is an empty feed dated by the build', () => {
    const feed = changesFeed([], site, options);
    expect(feed.entries).toEqual([]);
    expect(feed.updated).toBe('2026-12-03T00:00:00Z');
  });
});

describe('snapshots', () => {
  it('keep what the frontmatter says, drop what is empty, and key events by id', () => {
    const data = {
      name: 'Zeta',
      aliases: [],
      iso2: 'DE',
      region: 'Europe',
      status: 'banned',
      summary: 'Bans it.',
      related: [],
      events: [{ id: 'ban', ...ban, deadlineSources: [{ publisher: 'Gazette', date: '2027-01-02' }] }],
    } as unknown as EntryData;
    const snap = snapshotEntry(data);
    expect(Object.keys(snap.events)).toEqual(['ban']);
    expect(snap).not.toHaveProperty('aliases');
    expect(snap.events['ban']).not.toHaveProperty('id');
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('count every change a diff lists', () => {
    const diff = diffReleases(new Map([['countries/zeta', zeta]]), new Map([['companies/acme', acme]]));
    expect(diffSize(diff)).toBe(diff.added.length + diff.removed.length);
    expect(diffSize(diff)).toBe(2);
  });
});
