import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  apiContext,
  entryDocument,
  entryList,
  eventList,
  frontmatterEvent,
  timelineEvents,
} from '../../src/lib/api/documents.ts';
import { fieldRows, type JsonSchemaNode, unionFieldRows } from '../../src/lib/api/field-docs.ts';
import {
  buildJsonSchema,
  EntryDocumentSchema,
  EntryListSchema,
  EntrySummarySchema,
  EventListSchema,
  TimelineEventSchema,
} from '../../src/lib/api/schema.ts';
import { buildEntries, toRef } from '../../src/lib/entries.ts';
import { SAMPLE_ENTRIES } from '../support/sample-entries.ts';
import { EventSchema, SourceSchema, type EntryData } from '../../src/lib/schema/index.ts';

const raw = SAMPLE_ENTRIES;
const views = buildEntries(raw);
const ctx = apiContext(new URL('https://x.example/'), '2026-11-22', 'Tracker');
const zeta = views.find((v) => v.slug === 'zeta')!;
const alpha = views.find((v) => v.slug === 'alpha-telecom')!;
const items = views.flatMap((v) => v.events.map((e) => ({ ...e, entry: toRef(v) })));

describe('API documents', () => {
  it('entries.json: entries by name with derived fields and absolute URLs, dated by the context', () => {
    const doc = entryList([zeta, alpha], ctx);
    expect(EntryListSchema.parse(doc)).toStrictEqual(doc);
    expect(doc.$schema).toBe('https://x.example/api/v1/schema.json#/$defs/EntryList');
    expect(doc.generated).toBe('2026-11-22');
    expect(doc.license).toEqual({
      content: 'CC-BY-4.0',
      contentUrl: 'https://creativecommons.org/licenses/by/4.0/',
      attribution: 'Tracker',
      code: 'MIT',
    });
    expect(doc.count).toBe(2);
    expect(doc.entries.map((e) => e.name)).toEqual(['Alpha Telecom', 'Zeta']);
    expect(doc.entries[1]).toEqual({
      kind: 'countries',
      slug: 'zeta',
      name: 'Zeta',
      aliases: ['Zetaland'],
      iso2: 'DE',
      region: 'Europe',
      status: 'banned',
      statusSince: '2020-12-07',
      statusLabel: 'Banned',
      scopes: [{ scope: 'core', status: 'banned', since: '2020-12-07', eventId: 'law' }],
      nextDeadline: { date: '2027', outcome: 'pending', passed: false, eventId: 'law' },
      lastChanged: '2021',
      lastVerified: '2026-11-01',
      summary: 'A summary long enough for the schema.',
      url: 'https://x.example/countries/zeta/',
      apiUrl: 'https://x.example/api/v1/countries/zeta.json',
    });
  });

  it('statusSince is null when no event sets a status; companies without a country have none', () => {
    const summary = entryList([alpha], ctx).entries[0]!;
    expect(summary.statusSince).toBeNull();
    expect(summary.statusLabel).toBe('No decision');
    expect(summary.nextDeadline).toBeNull();
    expect('country' in summary).toBe(false);
    expect('iso2' in summary).toBe(false);
  });

  it('an entry document is the frontmatter as written plus derived fields and event permalinks', () => {
    const doc = entryDocument(zeta, raw[0]!.data, ctx);
    expect(EntryDocumentSchema.parse(doc)).toStrictEqual(doc);
    const {
      kind,
      slug,
      statusSince,
      statusLabel: _label,
      scopes: _scopes,
      nextDeadline: _deadline,
      lastChanged,
      url,
      apiUrl,
      relatedEntries,
      events,
      ...rest
    } = doc.entry;
    // A country lists its operators (none here); the rest is the file as written.
    const { operators, ...own } = rest as typeof rest & { operators?: unknown[] };
    expect(operators).toEqual([]);
    expect({ ...own, events: events.map(({ url: _u, ...e }) => e) }).toStrictEqual(raw[0]!.data);
    expect(events.map((e) => e.url)).toEqual(
      ['review', 'law', 'court'].map((id) => `https://x.example/countries/zeta/#${id}`),
    );
    expect([kind, slug, statusSince, lastChanged, url, apiUrl]).toEqual([
      'countries',
      'zeta',
      '2020-12-07',
      '2021',
      'https://x.example/countries/zeta/',
      'https://x.example/api/v1/countries/zeta.json',
    ]);
    expect(relatedEntries).toEqual([
      {
        kind: 'companies',
        slug: 'alpha-telecom',
        name: 'Alpha Telecom',
        status: 'no-decision',
        url: 'https://x.example/companies/alpha-telecom/',
        apiUrl: 'https://x.example/api/v1/companies/alpha-telecom.json',
      },
    ]);
  });

  it('events.json: every event newest first, as in the entry file, with its entry', () => {
    const doc = eventList(timelineEvents(items, ctx), ctx);
    expect(EventListSchema.parse(doc)).toStrictEqual(doc);
    expect(doc.events.map((e) => e.id)).toEqual(['court', 'law', 'review', 'founded']);
    const law = doc.events[1]!;
    expect(law.entry).toMatchObject({ kind: 'countries', slug: 'zeta', name: 'Zeta', status: 'banned' });
    const { url: _u, entry: _e, ...event } = law;
    expect(event).toStrictEqual(raw[0]!.data.events[1]);
  });

  it('frontmatterEvent keeps only the fields of the entry format', () => {
    const e = frontmatterEvent(zeta.events[1]!);
    expect(Object.keys(e).every((k) => k in EventSchema.shape)).toBe(true);
    expect(e.sources.every((s) => Object.keys(s).every((k) => k in SourceSchema.shape))).toBe(true);
  });
});

describe('schema.json', () => {
  const schema = buildJsonSchema('https://x.example/api/v1/schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addSchema(schema);
  const check = (def: string, data: unknown) => ajv.getSchema(`${schema.$id}#/$defs/${def}`)!(data);

  it('has a definition for each entry kind, their parts and each API document', () => {
    expect(Object.keys(schema.$defs).sort()).toEqual([
      'Company',
      'Country',
      'EntryDocument',
      'EntryList',
      'Event',
      'EventList',
      'Organization',
      'Source',
    ]);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('gives calendar dates a pattern, https URLs and country codes their shape', () => {
    const event = schema.$defs['Event'] as { properties: Record<string, { pattern?: string }> };
    expect(new RegExp(event.properties['date']!.pattern!).test('2019-05')).toBe(true);
    expect(new RegExp(event.properties['date']!.pattern!).test('May 2019')).toBe(false);
    expect(JSON.stringify(schema.$defs['Source'])).toContain('^https://');
    expect(JSON.stringify(schema.$defs['Country'])).toContain('^[A-Z]{2}$');
  });

  it('entry formats are for authors: defaults optional, no unknown fields', () => {
    const country = schema.$defs['Country'] as { required: string[]; additionalProperties: boolean };
    expect(country.required).not.toContain('aliases');
    expect(country.required).not.toContain('related');
    expect(country.additionalProperties).toBe(false);
    const { aliases: _a, related: _r, ...minimal } = raw[0]!.data as EntryData & { iso2: string };
    expect(check('Country', minimal)).toBe(true);
    expect(check('Country', { ...minimal, colour: 'red' })).toBe(false);
    expect(check('Country', { ...minimal, lastVerified: '2026-11' })).toBe(false);
    expect(check('Company', raw[1]!.data)).toBe(true);
  });

  it('API documents validate, and a document with an extra or missing field does not', () => {
    const doc = entryList(views, ctx);
    expect(check('EntryList', doc)).toBe(true);
    expect(check('EntryList', { ...doc, extra: 1 })).toBe(false);
    const { statusSince: _s, ...missing } = doc.entries[0]!;
    expect(check('EntryList', { ...doc, entries: [missing] })).toBe(false);
    expect(check('EntryDocument', entryDocument(zeta, raw[0]!.data, ctx))).toBe(true);
    expect(check('EventList', eventList(timelineEvents(items, ctx), ctx))).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildJsonSchema('https://x.example/api/v1/schema.json'))).toBe(JSON.stringify(schema));
  });
});

describe('every field is documented once, where it is defined', () => {
  const defs = buildJsonSchema('https://x.example/api/v1/schema.json').$defs as Record<string, JsonSchemaNode>;
  // Every property of every definition, nested objects included, with its description.
  const undescribed = (node: JsonSchemaNode, path: string): string[] =>
    Object.entries(node.properties ?? {}).flatMap(([name, field]) => [
      ...(field.description || field.$ref ? [] : [`${path}.${name}`]),
      ...undescribed(field, `${path}.${name}`),
      ...(field.items ? undescribed(field.items, `${path}.${name}[]`) : []),
      ...[...(field.oneOf ?? []), ...(field.anyOf ?? [])].flatMap((v) => undescribed(v, `${path}.${name}`)),
    ]);

  it('has a description on every field of every format and API document', () => {
    for (const [id, def] of Object.entries(defs)) expect(undescribed(def, id), id).toEqual([]);
  });

  it('the tables of /data/ list every field, with its type and description', () => {
    const entries = defs['EntryList']!.properties!['entries']!.items!.oneOf!;
    const rows = unionFieldRows(entries);
    const all = new Set(EntrySummarySchema.options.flatMap((o) => Object.keys(o.shape)));
    expect(rows.map((r) => r.name).sort()).toEqual([...all].sort());
    const since = rows.find((r) => r.name === 'statusSince')!;
    expect(since.type).toBe('date string or null');
    expect(since.description).toContain('current status has held');
    expect(rows.find((r) => r.name === 'iso2')).toMatchObject({ required: false, type: 'string' });
    expect(rows.find((r) => r.name === 'kind')!.type).toBe('"countries" or "companies" or "organizations"');
    const events = fieldRows(defs['EventList']!.properties!['events']!.items!);
    expect(events.map((r) => r.name).sort()).toEqual(Object.keys(TimelineEventSchema.shape).sort());
    expect(events.find((r) => r.name === 'sources')!.type).toBe('Source[]');
  });
});
