// The JSON API v1: its documents as zod schemas, built on the entry schemas of src/lib/schema so the
// format has one definition. The published JSON Schema (/api/v1/schema.json) is generated from these
// and from the entry schemas with z.toJSONSchema; nothing here is hand-written JSON Schema.
import { z } from 'zod';
import {
  CalendarDateSchema,
  CompanyEntrySchema,
  DEADLINE_OUTCOMES,
  SCOPES,
  CountryEntrySchema,
  DayDateSchema,
  EventSchema,
  HttpsUrlSchema,
  IsoCodeSchema,
  KebabSchema,
  NETWORKS,
  OrganizationEntrySchema,
  SourceSchema,
} from '../schema/index.ts';
import { STATUSES } from '../status.ts';
import { KINDS } from '../kinds.ts';

export const API_VERSION = 'v1';

/** Licence terms, carried by every document. */
export const LicenseSchema = z
  .strictObject({
    content: z.string().describe('SPDX id of the licence of the content: CC-BY-4.0'),
    contentUrl: z.url().describe('The text of the content licence'),
    attribution: z.string().describe('The name to credit when reusing the content'),
    code: z.string().describe('SPDX id of the licence of the code: MIT'),
  })
  .describe('Terms of reuse');

/** Fields at the top of every API document. */
const headerFields = {
  $schema: z.url().describe('The definition in /api/v1/schema.json this document follows'),
  generated: DayDateSchema.describe('The date the site was built (YYYY-MM-DD)'),
  license: LicenseSchema,
};

/** Fields derived from an entry's file and timeline; every entry in the API has them. */
const derivedFields = {
  slug: KebabSchema.describe('The file name of the entry and its URL segment'),
  statusSince: CalendarDateSchema.nullable().describe(
    'Date of the event from which the current status has held (YYYY, YYYY-MM or YYYY-MM-DD); null when no event sets one',
  ),
  lastChanged: CalendarDateSchema.describe('Date of the newest event'),
  statusLabel: z.string().describe('The status in words, as the site shows it; companies have their own wording'),
  scopes: z
    .array(
      z.strictObject({
        scope: z.enum(SCOPES).describe('The part of the network'),
        status: z.enum(STATUSES).describe('Its status for that part'),
        since: CalendarDateSchema.describe('Date of the event from which it has held'),
        eventId: KebabSchema.describe('The event that last set it'),
      }),
    )
    .describe('The status per part of the network, where events name one; parts no event names are left out'),
  nextDeadline: z
    .strictObject({
      date: CalendarDateSchema.describe('The deadline'),
      outcome: z.enum(DEADLINE_OUTCOMES).describe('What became of it, as recorded'),
      passed: z
        .boolean()
        .describe(
          'True when the deadline has passed on the build date; with outcome "pending", the outcome is not yet recorded',
        ),
      eventId: KebabSchema.describe('The event that set it'),
    })
    .nullable()
    .describe(
      'The soonest deadline still ahead of the build date, else the latest passed one; null when there is none',
    ),
  url: z.url().describe('The entry page'),
  apiUrl: z.url().describe('This entry as JSON (an EntryDocument)'),
};

const kindOf = <K extends (typeof KINDS)[number]>(kind: K) =>
  z.literal(kind).describe('Which collection the entry belongs to');

/** The fields of an entry that the A–Z list (entries.json) carries. */
const summaryPick = {
  name: true,
  aliases: true,
  region: true,
  status: true,
  summary: true,
  lastVerified: true,
} as const;

/** One entry in entries.json: its current status and what it is, without the timeline. */
export const EntrySummarySchema = z
  .discriminatedUnion('kind', [
    CountryEntrySchema.pick({ ...summaryPick, iso2: true }).extend({ kind: kindOf('countries'), ...derivedFields }),
    CompanyEntrySchema.pick({ ...summaryPick, country: true }).extend({ kind: kindOf('companies'), ...derivedFields }),
    OrganizationEntrySchema.pick({ ...summaryPick, country: true }).extend({
      kind: kindOf('organizations'),
      ...derivedFields,
    }),
  ])
  .describe(
    'An entry with its current status; `iso2` for countries, `country` (optional) for companies and organizations',
  );

/** The whole list: /api/v1/entries.json. */
export const EntryListSchema = z
  .strictObject({
    ...headerFields,
    count: z.int().nonnegative().describe('Number of entries'),
    entries: z.array(EntrySummarySchema).describe('Every entry, sorted by name'),
  })
  .describe('/api/v1/entries.json: every entry with its current status');

/** A link to another entry. */
export const EntryRefSchema = z
  .strictObject({
    kind: z.enum(KINDS).describe('Which collection the entry belongs to'),
    slug: KebabSchema.describe('The file name of the entry and its URL segment'),
    name: z.string().describe('The name readers know it by'),
    status: z.enum(STATUSES).describe('Its current status'),
    url: z.url().describe('The entry page'),
    apiUrl: z.url().describe('The entry as JSON'),
  })
  .describe('A reference to an entry');

/** An event as the entry file has it, plus its permalink. */
export const ApiEventSchema = EventSchema.extend({
  url: z.url().describe('Permalink of the event: the entry page with the event id as fragment'),
});

/** The fields an entry document adds to the entry's frontmatter. */
const documentFields = {
  ...derivedFields,
  events: z.array(ApiEventSchema).min(1).describe('The events in the order of the entry file, each with its permalink'),
  relatedEntries: z
    .array(EntryRefSchema)
    .describe('Entries linked either way (named in `related` here, or naming this entry in theirs), sorted by name'),
};

/** A country's operator: the company's entry and the networks it runs there. */
export const OperatorRefSchema = EntryRefSchema.extend({
  networks: z.array(z.enum(NETWORKS)).describe('The networks it runs in the country: mobile, fixed'),
}).describe('A network operator of the country, with its status (what it did about Huawei)');

/** One entry: its full frontmatter plus the derived fields. */
export const EntryDocumentSchema = z
  .strictObject({
    ...headerFields,
    entry: z
      .discriminatedUnion('kind', [
        CountryEntrySchema.extend({
          kind: kindOf('countries'),
          ...documentFields,
          operators: z
            .array(OperatorRefSchema)
            .describe(
              "The country's network operators with an entry (companies whose `operates` names it), sorted by name",
            ),
        }),
        CompanyEntrySchema.extend({ kind: kindOf('companies'), ...documentFields }),
        OrganizationEntrySchema.extend({ kind: kindOf('organizations'), ...documentFields }),
      ])
      .describe('The entry: its frontmatter as written, the fields derived from it and the permalink of each event'),
  })
  .describe('/api/v1/<kind>/<slug>.json: one entry, its frontmatter and the fields derived from it');

/** An event in events.json: the event, its permalink and the entry it belongs to. */
export const TimelineEventSchema = ApiEventSchema.extend({
  entry: EntryRefSchema.describe('The entry the event belongs to'),
});

/** Every event: /api/v1/events.json. */
export const EventListSchema = z
  .strictObject({
    ...headerFields,
    count: z.int().nonnegative().describe('Number of events'),
    events: z.array(TimelineEventSchema).describe('Every event of every entry, newest first'),
  })
  .describe('/api/v1/events.json: every event, newest first');

export type License = z.output<typeof LicenseSchema>;
export type EntrySummary = z.output<typeof EntrySummarySchema>;
export type EntryList = z.output<typeof EntryListSchema>;
export type ApiEntryRef = z.output<typeof EntryRefSchema>;
export type ApiEvent = z.output<typeof ApiEventSchema>;
export type EntryDocument = z.output<typeof EntryDocumentSchema>;
export type EntryDocumentEntry = EntryDocument['entry'];
export type ApiEventListItem = z.output<typeof TimelineEventSchema>;
export type EventList = z.output<typeof EventListSchema>;

/** The `$defs` of schema.json, by name. Entry formats are for editors; the rest describe API files. */
export const FRONTMATTER_DEFS = {
  Country: CountryEntrySchema,
  Company: CompanyEntrySchema,
  Organization: OrganizationEntrySchema,
  Event: EventSchema,
  Source: SourceSchema,
} as const;

export const API_DEFS = {
  EntryList: EntryListSchema,
  EntryDocument: EntryDocumentSchema,
  EventList: EventListSchema,
  Source: SourceSchema,
} as const;

export type DefName = keyof typeof FRONTMATTER_DEFS | keyof typeof API_DEFS;

export interface JsonSchemaDocument {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  $defs: Record<string, Record<string, unknown>>;
}

/**
 * What checks cannot say in JSON Schema (they are refinements in zod) but a simple keyword can:
 * https-only URLs and two-letter country codes.
 */
function override({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  // A described field is a copy of the shared schema with the same definition: compare definitions.
  const def = (zodSchema as { _zod?: { def?: unknown } })._zod?.def;
  if (def === HttpsUrlSchema._zod.def) Object.assign(jsonSchema, { format: 'uri', pattern: '^https://' });
  if (def === IsoCodeSchema._zod.def) Object.assign(jsonSchema, { pattern: '^[A-Z]{2}$' });
}

function defsOf(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, { io, uri: (id) => `#/$defs/${id}`, override });
  const defs: Record<string, Record<string, unknown>> = {};
  for (const [id, def] of Object.entries(out)) {
    if (id === '__shared') throw new Error('schema.json: an unnamed schema was shared between definitions');
    const { $schema: _s, $id: _i, ...rest } = def as Record<string, unknown>;
    defs[id] = rest;
  }
  return defs;
}

/**
 * schema.json: JSON Schema draft 2020-12 with one `$defs` entry per format. Entry formats are
 * generated for input (what an author may write: `aliases` and `related` may be left out), API
 * documents for output (what the files always contain). A definition both use must come out the same.
 */
export function buildJsonSchema(schemaUrl: string): JsonSchemaDocument {
  const defs = defsOf(FRONTMATTER_DEFS, 'input');
  for (const [id, def] of Object.entries(defsOf(API_DEFS, 'output'))) {
    if (defs[id] && JSON.stringify(defs[id]) !== JSON.stringify(def)) {
      throw new Error(`schema.json: $defs/${id} differs between the entry format and the API`);
    }
    defs[id] = def;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Huawei Tracker: entry format and JSON API v1',
    description:
      'Generated from the zod schemas that validate the site. $defs/Country, Company and Organization describe the frontmatter of content/<kind>/<slug>.md; $defs/EntryList, EntryDocument and EventList describe the files under /api/v1/. Each API file names its definition in "$schema".',
    $defs: defs,
  };
}
