// The plan of every machine-readable file, from the valid fixtures: paths, and each file readable
// by its format's own parser.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { apiContext } from '../../src/lib/api/documents.ts';
import { EntryDocumentSchema, EntryListSchema, EventListSchema } from '../../src/lib/api/schema.ts';
import { buildEntries, timelineItems } from '../../src/lib/entries.ts';
import { besideRows, mapRows } from '../../src/lib/map/map-data.ts';
import { entryFiles, siteFiles } from '../../src/lib/outputs/files.ts';
import { validateContent } from '../../src/lib/validate/index.ts';
import { fixtureFiles, VALID_DIR } from '../support/fixtures.ts';

const { entries } = validateContent(fixtureFiles(VALID_DIR), { today: '2026-11-22' });
const views = buildEntries(entries);
const ctx = apiContext(new URL('https://x.example/'), '2026-11-22', 'Tracker');
const site = siteFiles({ entries: views, items: timelineItems(views), tagline: 'A tagline', releases: [] }, ctx);
const byPath = new Map(site.map((f) => [f.path, f.body]));

describe('the site-wide files', () => {
  it('are the documented paths, each once', () => {
    const paths = site.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of [
      'api/v1/entries.json',
      'api/v1/events.json',
      'api/v1/schema.json',
      'data/events.csv',
      'data/entries.csv',
      'deadlines.ics',
      'feed.xml',
      'changes/feed.xml',
      'robots.txt',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((p) => /^status\/[a-z-]+\/feed\.xml$/.test(p))).toHaveLength(5);
    expect(paths.filter((p) => /^regions\/[a-z-]+\/feed\.xml$/.test(p))).toHaveLength(6);
  });

  it('parse with their formats’ own parsers', () => {
    expect(EntryListSchema.parse(JSON.parse(byPath.get('api/v1/entries.json')!)).count).toBe(3);
    expect(EventListSchema.parse(JSON.parse(byPath.get('api/v1/events.json')!)).count).toBe(
      views.reduce((n, v) => n + v.events.length, 0),
    );
    // One row per event and source.
    const rows = parseCsv<object>(byPath.get('data/events.csv')!, { columns: true });
    expect(rows).toHaveLength(views.reduce((n, v) => n + v.events.reduce((m, e) => m + e.sources.length, 0), 0));
    const feed = new XMLParser().parse(byPath.get('feed.xml')!);
    expect(feed.feed.title).toBe('Tracker: latest events');
    const calendar = new ICAL.Component(ICAL.parse(byPath.get('deadlines.ics')!));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(byPath.get('robots.txt')).toContain('Sitemap: https://x.example/sitemap-index.xml');
  });
});

describe('the files of one entry', () => {
  it('are its JSON document, its feed, its badge and its embeddable status card, at its own paths', () => {
    const view = views.find((v) => v.slug === 'exampleland')!;
    const data = entries.find((e) => e.slug === 'exampleland')!.data;
    const files = entryFiles(view, data, ctx);
    expect(files.map((f) => f.path)).toEqual([
      'api/v1/countries/exampleland.json',
      'countries/exampleland/feed.xml',
      'countries/exampleland/badge.svg',
      'embed/countries/exampleland/index.html',
    ]);
    expect(EntryDocumentSchema.parse(JSON.parse(files[0]!.body)).entry.slug).toBe('exampleland');
    expect(files[2]!.body).toMatch(/^<svg /);
    expect(files[3]!.body).toContain('<h1 class="embed__name"><a href="/countries/exampleland/">Exampleland</a></h1>');
  });
});

describe('map rows', () => {
  it('draw countries with a code and list organizations with no single country beside the map', () => {
    expect(mapRows(views).map((r) => [r.iso2, r.status, r.since])).toEqual([['DE', 'restricted', '2020-12-07']]);
    expect(besideRows(views)).toEqual([
      { name: 'Example Union', url: '/organizations/example-union/', status: 'no-decision' },
    ]);
  });

  it('take the status from the caller, leaving out entries with none', () => {
    expect(mapRows(views, () => undefined)).toEqual([]);
    expect(besideRows(views, () => undefined)).toEqual([]);
    expect(mapRows(views, () => ({ status: 'banned' }))[0]).toMatchObject({ status: 'banned', since: undefined });
  });
});
