// The machine-readable outputs of the built site against content/: the JSON API validates against the
// published JSON Schema and round-trips through the zod schemas, the CSV holds exactly the events ×
// sources, the Atom feeds and the calendar parse and carry stable ids, and every permalink resolves.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { EntryDocumentSchema, EntryListSchema, EventListSchema } from '../../src/lib/api/schema.ts';
import { compareNames } from '../../src/lib/alphabet.ts';
import type { EventData } from '../../src/lib/schema/index.ts';
import { nextDeadline } from '../../src/lib/deadlines.ts';
import { statusByScope } from '../../src/lib/scope-status.ts';
import { statusLabel } from '../../src/lib/status.ts';
import { sortEventsDesc, statusSinceEvent } from '../../src/lib/timeline.ts';
import { builtFiles, contentEntries, page, readBuilt } from '../support/dist.ts';

const entries = contentEntries();
const json = (path: string) => JSON.parse(readBuilt(path).toString('utf8'));
const text = (path: string) => readBuilt(path).toString('utf8');

// The public address the site was built for, as its pages declare it.
const site = new URL(page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!);
const abs = (path: string) => new URL(path, site).href;
const permalink = (kind: string, slug: string, id: string) => abs(`/${kind}/${slug}/#${id}`);

const schema = json('api/v1/schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addSchema(schema);
const validatorFor = (ref: string) => {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema at ${ref}`);
  return (data: unknown) => (validate(data) ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'));
};
const def = (name: string) => `${schema.$id}#/$defs/${name}`;

const FRONTMATTER_DEF = { countries: 'Country', companies: 'Company', organizations: 'Organization' } as const;

/**
 * Every event of the content with its entry, in the order events.json promises: sortEventsDesc over
 * all events (entries by name, each entry's events newest first, ties broken by position in the file).
 */
const allEvents = sortEventsDesc(
  [...entries]
    .sort((a, b) => compareNames(a.data.name, b.data.name))
    .flatMap((e) => sortEventsDesc(e.data.events.map((event, order) => ({ ...event, order, entry: e })))),
).map(({ order: _o, ...event }) => event);

describe('schema.json', () => {
  it('is JSON Schema 2020-12 with a definition for each entry kind and each API document', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(abs('/api/v1/schema.json'));
    for (const name of ['Country', 'Company', 'Organization', 'EntryList', 'EntryDocument', 'EventList']) {
      expect(schema.$defs[name], name).toBeTypeOf('object');
    }
  });

  it('keeps what the zod schemas say: patterns for dates, strict objects, defaults optional for authors', () => {
    const country = schema.$defs.Country;
    expect(country.additionalProperties).toBe(false);
    expect(country.required).not.toContain('aliases');
    expect(country.properties.aliases.default).toEqual([]);
    expect(schema.$defs.Event.properties.date.pattern).toBeTypeOf('string');
    expect(schema.$defs.Source.additionalProperties).toBe(false);
  });

  it('validates every entry file of content/ against its kind', () => {
    for (const e of entries) expect(validatorFor(def(FRONTMATTER_DEF[e.kind]))(e.data), e.file).toEqual([]);
  });
});

describe('/api/v1/entries.json', () => {
  const doc = json('api/v1/entries.json');

  it('validates against EntryList and round-trips through the zod schema', () => {
    expect(doc.$schema).toBe(def('EntryList'));
    expect(validatorFor(doc.$schema)(doc)).toEqual([]);
    expect(EntryListSchema.parse(doc)).toStrictEqual(doc);
  });

  it('lists every entry once, by name, with its current status and derived dates', () => {
    expect(doc.count).toBe(entries.length);
    expect(doc.entries.map((e: { name: string }) => e.name)).toEqual(
      entries.map((e) => e.data.name).sort(compareNames),
    );
    const bySlug = new Map(doc.entries.map((e: { kind: string; slug: string }) => [`${e.kind}/${e.slug}`, e]));
    for (const e of entries) {
      const listed = bySlug.get(`${e.kind}/${e.slug}`) as Record<string, unknown>;
      expect(listed, e.file).toBeDefined();
      expect(listed['status']).toBe(e.data.status);
      expect(listed['statusSince']).toBe(statusSinceEvent(e.data.events)?.date ?? null);
      expect(listed['lastChanged']).toBe(sortEventsDesc(e.data.events)[0]!.date);
      expect(listed['lastVerified']).toBe(e.data.lastVerified);
      expect(listed['url']).toBe(abs(`/${e.kind}/${e.slug}/`));
      expect(listed['apiUrl']).toBe(abs(`/api/v1/${e.kind}/${e.slug}.json`));
    }
  });

  it('is dated by the build, not the clock', () => {
    const built = page('/').querySelector('.site-footer time')?.getAttribute('datetime');
    expect(doc.generated).toBe(built);
  });
});

describe('/api/v1/<kind>/<slug>.json', () => {
  it.each(entries.map((e) => [`${e.kind}/${e.slug}`, e] as const))(
    '%s validates, round-trips and carries its frontmatter',
    (_, e) => {
      const doc = json(`api/v1/${e.kind}/${e.slug}.json`);
      expect(doc.$schema).toBe(def('EntryDocument'));
      expect(validatorFor(doc.$schema)(doc)).toEqual([]);
      expect(EntryDocumentSchema.parse(doc)).toStrictEqual(doc);

      const {
        kind,
        slug,
        statusSince,
        lastChanged,
        url,
        apiUrl,
        relatedEntries,
        statusLabel: label,
        scopes,
        nextDeadline: deadline,
        events,
        operators,
        ...rest
      } = doc.entry;
      expect([kind, slug, url, apiUrl]).toEqual([
        e.kind,
        e.slug,
        abs(`/${e.kind}/${e.slug}/`),
        abs(`/api/v1/${e.kind}/${e.slug}.json`),
      ]);
      expect(statusSince).toBe(statusSinceEvent(e.data.events)?.date ?? null);
      expect(lastChanged).toBe(sortEventsDesc(e.data.events)[0]!.date);
      for (const event of events) expect(event.url).toBe(permalink(e.kind, e.slug, event.id));
      // The derived fields say what the page says.
      expect(label).toBe(statusLabel(e.data.status, e.kind));
      expect(scopes).toEqual(
        statusByScope(e.data.events).map((r) => ({
          scope: r.scope,
          status: r.status,
          since: r.since.date,
          eventId: r.event.id,
        })),
      );
      const soonest = nextDeadline(e.data.events, doc.generated);
      expect(deadline).toEqual(
        soonest
          ? {
              date: soonest.deadline,
              outcome: soonest.deadlineOutcome ?? 'unknown',
              passed: soonest.passed,
              eventId: soonest.id,
            }
          : null,
      );
      // A country lists the operators whose files name it; nothing else has the field.
      const operating = entries
        .filter(
          (o) => 'operates' in o.data && o.data.operates?.some((x) => 'iso2' in e.data && x.country === e.data.iso2),
        )
        .map((o) => o.slug)
        .sort();
      if (e.kind === 'countries')
        expect((operators as { slug: string }[]).map((o) => o.slug).sort()).toEqual(operating);
      else expect(operators).toBeUndefined();
      expect(relatedEntries.map((r: { slug: string }) => r.slug)).toEqual(expect.arrayContaining(e.data.related));

      const frontmatter = { ...rest, events: events.map(({ url: _u, ...event }: { url: string }) => event) };
      expect(validatorFor(def(FRONTMATTER_DEF[e.kind]))(frontmatter)).toEqual([]);
      expect(frontmatter).toStrictEqual(e.data);
    },
  );

  it('exists for every entry and for nothing else, at the apiUrl entries.json gives', () => {
    const expected = entries.map((e) => `api/v1/${e.kind}/${e.slug}.json`).sort();
    expect(builtFiles().filter((f) => /^api\/v1\/[^/]+\/[^/]+\.json$/.test(f))).toEqual(expected);
    const listed = json('api/v1/entries.json').entries.map((e: { apiUrl: string }) =>
      new URL(e.apiUrl).pathname.slice(1),
    );
    expect(listed.sort()).toEqual(expected);
  });
});

describe('/api/v1/events.json', () => {
  const doc = json('api/v1/events.json');

  it('validates against EventList and round-trips through the zod schema', () => {
    expect(doc.$schema).toBe(def('EventList'));
    expect(validatorFor(doc.$schema)(doc)).toEqual([]);
    expect(EventListSchema.parse(doc)).toStrictEqual(doc);
  });

  it('has every event of content/, newest first, each with its entry and permalink', () => {
    expect(doc.count).toBe(allEvents.length);
    const got = doc.events.map(
      (e: { entry: { kind: string; slug: string }; id: string }) => `${e.entry.kind}/${e.entry.slug}#${e.id}`,
    );
    expect(got).toEqual(allEvents.map((e) => `${e.entry.kind}/${e.entry.slug}#${e.id}`));
    const dates = doc.events.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const [i, e] of doc.events.entries()) {
      const { url, entry, ...event } = e;
      const expected = allEvents[i]!;
      expect(url).toBe(permalink(expected.entry.kind, expected.entry.slug, expected.id));
      expect(entry.name).toBe(expected.entry.data.name);
      const { entry: _e, ...frontmatterEvent } = expected;
      expect(event).toStrictEqual(frontmatterEvent satisfies EventData);
    }
  });

  it('every event permalink resolves to the element with that id on the entry page', () => {
    for (const e of doc.events) {
      const url = new URL(e.url);
      expect(url.origin).toBe(site.origin);
      expect(page(url.pathname).getElementById(url.hash.slice(1)), e.url).not.toBeNull();
    }
  });
});

describe('/data/events.csv', () => {
  const COLUMNS = [
    'entry_kind',
    'entry_slug',
    'entry_name',
    'event_id',
    'event_date',
    'event_approximate',
    'event_title',
    'event_detail',
    'event_status',
    'event_type',
    'event_evidence',
    'event_scope',
    'event_deadline',
    'event_deadline_outcome',
    'event_url',
    'source_n',
    'source_publisher',
    'source_date',
    'source_title',
    'source_url',
    'source_accessed',
    'source_primary',
    'source_via',
  ];
  const raw = text('data/events.csv');
  // Records must end in CRLF: with that as the only delimiter, a bare LF would merge two records.
  const rows: string[][] = parseCsv(raw, { record_delimiter: '\r\n', relax_column_count: false });

  it('is UTF-8 with a header row and CRLF line ends', () => {
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(COLUMNS);
  });

  it('parses back to exactly the events × sources of content/', () => {
    const expected = allEvents.flatMap((e) =>
      e.sources.map((s, i) => [
        e.entry.kind,
        e.entry.slug,
        e.entry.data.name,
        e.id,
        e.date,
        String(e.approximate === true),
        e.title,
        e.detail ?? '',
        e.status ?? '',
        e.type,
        e.evidence,
        (e.scope ?? []).join(';'),
        e.deadline ?? '',
        e.deadlineOutcome ?? '',
        permalink(e.entry.kind, e.entry.slug, e.id),
        String(i + 1),
        s.publisher,
        s.date,
        s.title ?? '',
        s.url ?? '',
        s.accessed ?? '',
        String(s.primary === true),
        s.via ?? '',
      ]),
    );
    expect(rows.slice(1)).toEqual(expected);
  });
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const atomDate = (date: string) =>
  `${date.slice(0, 4)}-${date.slice(5, 7) || '01'}-${date.slice(8, 10) || '01'}T00:00:00Z`;
const tagId = (kind: string, slug: string, id: string) => `tag:${site.hostname},2026:event:${kind}/${slug}/${id}`;

interface AtomEntry {
  id: string;
  title: { '#text': string; '@_type': string };
  updated: string;
  link: { '@_href': string; '@_rel'?: string }[];
  summary: unknown;
  content: { '#text': string; '@_type': string };
}

/** Parse and check what RFC 4287 requires of a feed and its entries; return the entries. */
function readFeed(path: string): { feed: Record<string, unknown>; items: AtomEntry[] } {
  const body = text(path);
  expect(XMLValidator.validate(body), path).toBe(true);
  const feed = xml.parse(body).feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toMatch(/^tag:/);
  expect((feed['title'] as { '#text': string })['#text']).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author?.name).toBeTruthy();
  expect(feed.link.find((l: { '@_rel'?: string }) => l['@_rel'] === 'self')?.['@_href']).toBe(abs(`/${path}`));
  const items: AtomEntry[] = feed.entry ?? [];
  for (const item of items) {
    expect(item.id).toBeTruthy();
    expect(item.title['#text']).toBeTruthy();
    expect(item.updated).toMatch(RFC3339);
    expect(item.link[0]?.['@_href']).toMatch(/^https?:\/\//);
    expect(item.content['@_type']).toBe('html');
  }
  expect(new Set(items.map((i) => i.id)).size, `${path}: ids are unique`).toBe(items.length);
  if (items.length) expect(feed.updated).toBe([...items.map((i) => i.updated)].sort().at(-1));
  return { feed, items };
}

describe('Atom feeds', () => {
  it('/feed.xml has the 50 newest events with stable ids, permalinks and dates at their precision', () => {
    const { items } = readFeed('feed.xml');
    const newest = allEvents.slice(0, 50);
    expect(items.length).toBe(newest.length);
    for (const [i, item] of items.entries()) {
      const e = newest[i]!;
      expect(item.id).toBe(tagId(e.entry.kind, e.entry.slug, e.id));
      expect(item.title['#text']).toBe(`${e.entry.data.name}: ${e.title}`);
      expect(item.link[0]!['@_href']).toBe(permalink(e.entry.kind, e.entry.slug, e.id));
      expect(item.updated).toBe(atomDate(e.date));
      const content = parseHtml(item.content['#text']).text;
      for (const s of e.sources) expect(content).toContain(s.publisher);
    }
  });

  it.each(entries.map((e) => [`${e.kind}/${e.slug}`, e] as const))(
    '/%s/feed.xml has every event of the entry',
    (_, e) => {
      const { feed, items } = readFeed(`${e.kind}/${e.slug}/feed.xml`);
      expect(feed['id']).toBe(`tag:${site.hostname},2026:feed:${e.kind}/${e.slug}`);
      expect(items.map((i) => i.id)).toEqual(sortEventsDesc(e.data.events).map((ev) => tagId(e.kind, e.slug, ev.id)));
    },
  );
});

describe('/deadlines.ics', () => {
  const raw = text('deadlines.ics');
  const deadlines = entries.flatMap((e) =>
    e.data.events.filter((ev) => ev.deadline).map((ev) => ({ ...ev, deadline: ev.deadline!, entry: e })),
  );
  const lastDay = (d: string) =>
    d.length === 10
      ? d
      : d.length === 7
        ? new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10)
        : `${d}-12-31`;

  it('is RFC 5545 text: CRLF line ends and no line longer than 75 octets', () => {
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(raw.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  });

  it('has one all-day VEVENT per deadline in content/, with a stable UID and the right day', () => {
    const calendar = new ICAL.Component(ICAL.parse(raw));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.length).toBe(deadlines.length);
    expect(deadlines.length).toBeGreaterThan(0);
    const byUid = new Map(vevents.map((v) => [v.uid, v]));
    expect(byUid.size).toBe(vevents.length);
    const generated = json('api/v1/entries.json').generated as string;
    for (const d of deadlines) {
      const uid = `${d.entry.kind}/${d.entry.slug}#${d.id}@${site.hostname}`;
      const v = byUid.get(uid);
      expect(v, uid).toBeDefined();
      expect(v!.startDate.isDate).toBe(true);
      expect(v!.startDate.toString()).toBe(lastDay(d.deadline));
      const end = new Date(`${lastDay(d.deadline)}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(v!.endDate.toString()).toBe(end.toISOString().slice(0, 10));
      expect(v!.component.getFirstPropertyValue('url')).toBe(permalink(d.entry.kind, d.entry.slug, d.id));
      expect(String(v!.component.getFirstPropertyValue('dtstamp'))).toBe(`${generated}T00:00:00Z`);
      if (d.deadline.length < 10) expect(v!.summary).toContain(' by ');
      expect(v!.summary).toContain(d.entry.data.name);
      for (const s of d.sources) expect(v!.description).toContain(s.publisher);
    }
  });
});

describe('robots.txt and the /data/ page', () => {
  it('robots.txt allows everything and names the sitemap', () => {
    const robots = text('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });

  it('/data/ links every output', () => {
    const hrefs = page('/data/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const path of [
      '/api/v1/entries.json',
      '/api/v1/events.json',
      '/api/v1/schema.json',
      '/data/events.csv',
      '/feed.xml',
      '/deadlines.ics',
    ]) {
      expect(hrefs).toContain(path);
    }
    expect(hrefs.some((h) => /^\/api\/v1\/[a-z]+\/[a-z0-9-]+\.json$/.test(h ?? ''))).toBe(true);
    expect(hrefs.some((h) => /^\/[a-z]+\/[a-z0-9-]+\/feed\.xml$/.test(h ?? ''))).toBe(true);
  });
});
