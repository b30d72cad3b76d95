// From view models to the JSON API documents of src/lib/api/schema.ts. Pure: the site address, the
// build date and the name to credit come in as a context; nothing reads the clock.
import { compareNames } from '../alphabet.ts';
import type { EntryRef, EntryView, EventView } from '../entries.ts';
import { EventSchema, SourceSchema, type EntryData, type EventData } from '../schema/index.ts';
import type { Status } from '../status.ts';
import type { Kind } from '../kinds.ts';
import { sortEventsDesc } from '../timeline.ts';
import { nextDeadline } from '../deadlines.ts';
import { statusLabel } from '../status.ts';
import { urls } from '../urls.ts';
import type {
  ApiEvent,
  DefName,
  EntryDocument,
  EntryDocumentEntry,
  EntryList,
  ApiEntryRef,
  EntrySummary,
  EventList,
  License,
  ApiEventListItem,
} from './schema.ts';
import { absoluteUrl, dataUrls } from './urls.ts';

export interface ApiContext {
  /** The public address of the site (`Astro.site`). */
  site: URL;
  /** The build date, YYYY-MM-DD (BUILD_DATE), never the clock. */
  generated: string;
  /** The name to credit when reusing the content. */
  attribution: string;
}

/** The context of a build; fails when the site has no public address (`site` in astro.config.mjs). */
export function apiContext(site: URL | undefined, generated: string, attribution: string): ApiContext {
  if (!site) throw new Error('`site` is not set: the API needs the public address to build absolute URLs');
  return { site, generated, attribution };
}

export const CONTENT_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
export const CODE_LICENSE = { id: 'MIT', name: 'MIT' } as const;

export function license(ctx: ApiContext): License {
  return {
    content: CONTENT_LICENSE.id,
    contentUrl: CONTENT_LICENSE.url,
    attribution: ctx.attribution,
    code: CODE_LICENSE.id,
  };
}

/** `"$schema"` of a document: its definition inside the published schema.json. */
export function schemaRef(def: DefName, ctx: ApiContext): string {
  return `${absoluteUrl(dataUrls.schema(), ctx.site)}#/$defs/${def}`;
}

function header(def: DefName, ctx: ApiContext) {
  return { $schema: schemaRef(def, ctx), generated: ctx.generated, license: license(ctx) };
}

export function entryRef(ref: Pick<EntryRef, 'kind' | 'slug' | 'name' | 'status'>, ctx: ApiContext): ApiEntryRef {
  return {
    kind: ref.kind,
    slug: ref.slug,
    name: ref.name,
    status: ref.status,
    url: absoluteUrl(urls.entry(ref.kind, ref.slug), ctx.site),
    apiUrl: absoluteUrl(dataUrls.entry(ref.kind, ref.slug), ctx.site),
  };
}

/** The fields every entry in the API derives from its file and timeline. */
function derived(view: EntryView, ctx: ApiContext) {
  const deadline = nextDeadline(view.events, ctx.generated);
  return {
    statusSince: view.sinceEvent?.date ?? null,
    statusLabel: statusLabel(view.status, view.kind),
    scopes: view.scopes.map((s) => ({ scope: s.scope, status: s.status, since: s.since.date, eventId: s.event.id })),
    nextDeadline: deadline
      ? {
          date: deadline.deadline,
          outcome: deadline.deadlineOutcome ?? 'unknown',
          passed: deadline.passed,
          eventId: deadline.id,
        }
      : null,
    lastChanged: view.lastChanged,
    url: absoluteUrl(view.url, ctx.site),
    apiUrl: absoluteUrl(dataUrls.entry(view.kind, view.slug), ctx.site),
  };
}

/** One entry of entries.json. Countries carry `iso2`; companies and organizations `country`, when known. */
export function entrySummary(view: EntryView, ctx: ApiContext): EntrySummary {
  const { slug, name, aliases, region, status, lastVerified, summary } = view;
  const {
    statusSince,
    statusLabel: label,
    scopes,
    nextDeadline: deadline,
    lastChanged,
    url,
    apiUrl,
  } = derived(view, ctx);
  const rest = {
    region,
    status,
    statusSince,
    statusLabel: label,
    scopes,
    nextDeadline: deadline,
    lastChanged,
    ...(lastVerified !== undefined ? { lastVerified } : {}),
    summary,
    url,
    apiUrl,
  };
  if (view.kind === 'countries') {
    if (view.iso2 === undefined) throw new Error(`countries/${slug} has no iso2`);
    return { kind: 'countries', slug, name, aliases, iso2: view.iso2, ...rest };
  }
  return { kind: view.kind, slug, name, aliases, ...(view.iso2 !== undefined ? { country: view.iso2 } : {}), ...rest };
}

/** /api/v1/entries.json: every entry with its current status, sorted by name. */
export function entryList(views: readonly EntryView[], ctx: ApiContext): EntryList {
  const entries = [...views].sort((a, b) => compareNames(a.name, b.name)).map((v) => entrySummary(v, ctx));
  return { ...header('EntryList', ctx), count: entries.length, entries };
}

/** An event as its entry file has it, plus its absolute permalink. */
export function apiEvent(event: EventData, kind: Kind, slug: string, ctx: ApiContext): ApiEvent {
  return { ...event, url: absoluteUrl(urls.event(kind, slug, event.id), ctx.site) };
}

const EVENT_KEYS = Object.keys(EventSchema.shape);
const SOURCE_KEYS = Object.keys(SourceSchema.shape);

function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key))) as Partial<T>;
}

/**
 * The frontmatter event inside a view model: only the fields of the entry format, without what the
 * view adds for pages (relative URL, position in the file, source numbers).
 */
export function frontmatterEvent(view: EventView): EventData {
  return { ...pick(view, EVENT_KEYS), sources: view.sources.map((s) => pick(s, SOURCE_KEYS)) } as EventData;
}

/**
 * /api/v1/<kind>/<slug>.json: the entry's frontmatter as validated (`data`, events in the order of the
 * file) with the derived fields (`statusSince` is the date of the event from which the current status
 * has held, as the entry page shows it), the permalink of each event and the entries linked either way.
 */
export function entryDocument(view: EntryView, data: EntryData, ctx: ApiContext): EntryDocument {
  const { events, ...frontmatter } = data;
  const entry = {
    kind: view.kind,
    slug: view.slug,
    ...frontmatter,
    ...derived(view, ctx),
    relatedEntries: view.related.map((r) => entryRef(r, ctx)),
    events: events.map((e) => apiEvent(e, view.kind, view.slug, ctx)),
    ...(view.kind === 'countries'
      ? { operators: view.operators.map((o) => ({ ...entryRef(o.entry, ctx), networks: o.networks })) }
      : {}),
  };
  // `kind` and the shape of `data` match (both come from the same file), which TypeScript cannot see.
  return { ...header('EntryDocument', ctx), entry: entry as EntryDocumentEntry };
}

export interface EventWithEntry extends EventView {
  entry: Pick<EntryRef, 'kind' | 'slug' | 'name'> & { status: Status };
}

/** Every event with its entry, newest first (the order of the timeline page). */
export function timelineEvents(items: readonly EventWithEntry[], ctx: ApiContext): ApiEventListItem[] {
  return sortEventsDesc(items).map((item) => ({
    ...apiEvent(frontmatterEvent(item), item.entry.kind, item.entry.slug, ctx),
    entry: entryRef(item.entry, ctx),
  }));
}

/** /api/v1/events.json, from the events of timelineEvents (computed once for every output that lists them). */
export function eventList(events: ApiEventListItem[], ctx: ApiContext): EventList {
  return { ...header('EventList', ctx), count: events.length, events };
}

/** JSON as the API files are written: two-space indent, a final newline. */
export function toJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
