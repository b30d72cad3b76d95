// What changed, groups side by side, and the tables and feeds a data user takes: the built pages and
// files against the committed release records and content/, read back with real parsers.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readReleaseRecords } from '../../src/build/releases.ts';
import { SITE_FEED_SIZE } from '../../src/lib/outputs/atom.ts';
import { ENTRY_CSV_COLUMNS } from '../../src/lib/outputs/csv.ts';
import { SOVEREIGN_STATES } from '../../src/lib/coverage/sovereign-states.ts';
import { GROUPS } from '../../src/lib/groups.ts';
import { releaseHistory } from '../../src/lib/releases.ts';
import { REGIONS } from '../../src/lib/schema/index.ts';
import { statusLabel, STATUSES } from '../../src/lib/status.ts';
import { latestStatusEvent, statusSinceEvent } from '../../src/lib/timeline.ts';
import { builtFiles, contentEntries, page, readBuilt } from '../support/dist.ts';

const entries = contentEntries();
const history = releaseHistory(readReleaseRecords('content'));
const text = (path: string) => readBuilt(path).toString('utf8');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

describe('/changes/', () => {
  const doc = page('/changes/');

  it('has a section per release, newest first, with the number of changes and the data as it stood', () => {
    expect(history.length).toBeGreaterThanOrEqual(2);
    const sections = doc.querySelectorAll('section.release');
    expect(sections.map((s) => s.getAttribute('aria-labelledby'))).toEqual(history.map((r) => `release-${r.id}`));
    for (const [i, r] of history.entries()) {
      const s = sections[i]!;
      expect(s.querySelector('p.muted')!.text).toContain(`${r.items.length} changes`);
      const links = s.querySelectorAll('p.muted a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`/data/releases/${r.id}/entries.json`);
      expect(links).toContain(`/data/releases/${r.id}/events.csv`);
      // Every change is listed, each linked to its event or entry (removed entries have no page).
      expect(s.querySelectorAll('.release__group li').length).toBe(r.items.length);
    }
  });

  it('lists every status change from → to, linked to the event that made it', () => {
    // Every release's status changes, in its own section; the December review made some.
    const all = history.flatMap((r) => r.items.filter((i) => i.kind === 'status').map((c) => ({ release: r.id, c })));
    expect(all.length).toBeGreaterThan(0);
    for (const { release, c } of all) {
      const listed = doc.querySelectorAll(`section[aria-labelledby="release-${release}"] li a`).map((a) => a.text);
      const kind = c.key.split('/')[0]!;
      const to = statusLabel(c.to as never, kind);
      expect(
        listed.some((t) => t.startsWith(`${c.name}: status `) && t.endsWith(`→ ${to}`)),
        c.key,
      ).toBe(true);
    }
  });

  it('has an Atom feed with one entry per release', () => {
    const raw = text('changes/feed.xml');
    expect(XMLValidator.validate(raw)).toBe(true);
    const feed = xml.parse(raw).feed;
    expect([feed.entry].flat()).toHaveLength(history.length);
  });
});

describe('/data/releases/<id>/', () => {
  it.each(history.map((r) => [r.id, r] as const))('%s: the whole data as it stood, JSON and CSV', (id, release) => {
    const doc = JSON.parse(text(`data/releases/${id}/entries.json`));
    expect(doc.release).toBe(id);
    expect(doc.count).toBe(release.state.size);
    const bySlug = new Map(doc.entries.map((e: { kind: string; slug: string }) => [`${e.kind}/${e.slug}`, e]));
    for (const [key, entry] of release.state) expect(bySlug.get(key), key).toMatchObject({ status: entry.status });
    const rows: string[][] = parseCsv(text(`data/releases/${id}/events.csv`), { record_delimiter: '\r\n' });
    const sources = [...release.state.values()].reduce(
      (n, e) => n + Object.values(e.events).reduce((m, ev) => m + ev.sources.length, 0),
      0,
    );
    expect(rows.length - 1).toBe(sources);
  });

  it('exist for every release and nothing else', () => {
    const dirs = new Set(
      builtFiles()
        .filter((f) => f.startsWith('data/releases/'))
        .map((f) => f.split('/')[2]),
    );
    expect([...dirs].sort()).toEqual(history.map((r) => r.id).sort());
  });
});

describe('an entry page lists the releases that changed it', () => {
  it('each entry with changes links them, newest first', () => {
    let checked = 0;
    for (const e of entries) {
      const key = `${e.kind}/${e.slug}`;
      const expected = history
        .filter((r) => r.items.some((i) => i.key === key))
        .map((r) => `/changes/#release-${r.id}`);
      if (expected.length === 0) continue;
      const links = page(`/${e.kind}/${e.slug}/`)
        .querySelectorAll('.entry-changes > li > a')
        .map((a) => a.getAttribute('href'));
      expect(links, e.slug).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('groups', () => {
  it('the index links every group', () => {
    const links = page('/groups/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const g of GROUPS) expect(links).toContain(`/groups/${g.slug}/`);
  });

  it.each(GROUPS.map((g) => [g.slug, g] as const))(
    '%s: a row per member, with its entry, or saying it has none',
    (slug, group) => {
      const rows = page(`/groups/${slug}/`).querySelectorAll('table.comparison tbody tr');
      expect(rows).toHaveLength(group.members.length);
      const byIso = new Map(
        entries.filter((e) => e.kind === 'countries').map((e) => ['iso2' in e.data ? e.data.iso2 : '', e]),
      );
      const bySlug = new Map(entries.map((e) => [e.slug, e]));
      for (const [i, code] of group.members.entries()) {
        const entry = code.startsWith('entry:') ? bySlug.get(code.slice(6)) : byIso.get(code);
        const row = rows[i]!;
        if (!entry) {
          expect(row.classNames).toContain('comparison__missing');
          expect(row.text).toContain('No entry: see coverage');
          continue;
        }
        expect(row.querySelector('th a')!.getAttribute('href')).toBe(`/${entry.kind}/${entry.slug}/`);
        expect(row.querySelector('td[data-label="Status"] .badge')!.classNames).toContain(
          `badge--${entry.data.status}`,
        );
        const since = statusSinceEvent(entry.data.events);
        const sinceCell = row.querySelector('td[data-label="Since"] a');
        expect(sinceCell?.getAttribute('href') ?? null).toBe(
          since ? `/${entry.kind}/${entry.slug}/#${since.id}` : null,
        );
      }
    },
  );
});

describe('/data/entries.csv', () => {
  const rows: Record<string, string>[] = parseCsv(text('data/entries.csv'), {
    columns: true,
    record_delimiter: '\r\n',
  });

  it('has the documented columns, one row per entry, agreeing with content/', () => {
    const [header]: string[][] = parseCsv(text('data/entries.csv'), { record_delimiter: '\r\n', to_line: 1 });
    expect(header).toEqual(ENTRY_CSV_COLUMNS.map(([c]) => c));
    expect(rows).toHaveLength(entries.length);
    const byKey = new Map(rows.map((r) => [`${r['kind']}/${r['slug']}`, r]));
    for (const e of entries) {
      const r = byKey.get(`${e.kind}/${e.slug}`)!;
      expect([r['name'], r['status'], r['region'], r['summary']]).toEqual([
        e.data.name,
        e.data.status,
        e.data.region,
        e.data.summary,
      ]);
      expect(r['status_label']).toBe(statusLabel(e.data.status, e.kind));
      expect(r['since']).toBe(statusSinceEvent(e.data.events)?.date ?? '');
      expect(r['evidence']).toBe(latestStatusEvent(e.data.events)?.evidence ?? '');
      expect(r['last_verified']).toBe(e.data.lastVerified ?? '');
    }
  });

  it('is listed on /data/, with every column explained', () => {
    const data = page('/data/');
    expect(data.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/data/entries.csv');
    const documented = data.querySelectorAll('code').map((c) => c.text);
    for (const [column] of ENTRY_CSV_COLUMNS) expect(documented, column).toContain(column);
  });
});

describe('feeds per status and per region', () => {
  type Item = { entry: (typeof entries)[number]; event: (typeof entries)[number]['data']['events'][number] };
  const eventsOf = new Map<string, Item>(
    entries.flatMap((e) =>
      e.data.events.map((ev) => [`/${e.kind}/${e.slug}/#${ev.id}`, { entry: e, event: ev }] as const),
    ),
  );
  const feeds = [
    ...STATUSES.map(
      (s) => [`status/${s}/feed.xml`, (x: { event: { status?: string } }) => x.event.status === s] as const,
    ),
    ...REGIONS.map(
      (r) =>
        [
          `regions/${r.toLowerCase().replace(/\s+/g, '-')}/feed.xml`,
          (x: { entry: { data: { region: string } } }) => x.entry.data.region === r,
        ] as const,
    ),
  ];

  it.each(feeds)('%s is valid Atom, holds only its events, and is listed on /data/', (path, belongs) => {
    const raw = text(path);
    expect(XMLValidator.validate(raw)).toBe(true);
    const feed = xml.parse(raw).feed;
    const links = [feed.entry ?? []].flat().map((x: { link: { '@_href': string } }) => {
      const u = new URL(x.link['@_href']);
      return `${u.pathname}${u.hash}`;
    });
    for (const l of links) expect(belongs(eventsOf.get(l)! as never), l).toBe(true);
    const expected = [...eventsOf.values()].filter((x) => belongs(x as never)).length;
    // The newest events, up to the feed's size.
    expect(links.length).toBe(Math.min(expected, SITE_FEED_SIZE));
    expect(
      page('/data/')
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toContain(`/${path}`);
  });
});

describe('/coverage/', () => {
  it('accounts for every sovereign state once: with an entry, searched with nothing found, or not yet researched', () => {
    const doc = page('/coverage/');
    const rows = (id: string) => doc.querySelectorAll(`section[aria-labelledby="${id}"] :is(tbody tr, ul > li)`);
    const withEntry = rows('with-entry');
    const searched = rows('no-public-decision');
    const open = rows('not-researched');
    expect(withEntry.length + searched.length + open.length).toBe(SOVEREIGN_STATES.length);
    // Every country entry that is a sovereign state is in the first table, linked.
    const states = new Set(SOVEREIGN_STATES.map(([code]) => code));
    const countryEntries = entries.filter((e) => e.kind === 'countries' && 'iso2' in e.data && states.has(e.data.iso2));
    expect(withEntry.length).toBe(countryEntries.length);
    expect(open.length).toBe(0);
  });
});
