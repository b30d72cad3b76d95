import { compareNames } from './alphabet.ts';
import type { EntryData, EventData, Network, Source } from './schema/index.ts';
import type { Status } from './status.ts';
import type { Kind } from './kinds.ts';
import { latestStatusEvent, sortEventsDesc, statusSinceEvent } from './timeline.ts';
import { urls } from './urls.ts';
import { statusByScope, type ScopeStatus } from './scope-status.ts';
import { statusPath, type PathStep } from './status-path.ts';
import { storySiblings } from './stories.ts';

/** What Astro (or a test) hands in: one validated entry. The validator's `ParsedEntry` extends it. */
export interface RawEntry {
  kind: Kind;
  slug: string;
  data: EntryData;
}

export interface EventView extends EventData {
  /** `/countries/sweden/#2020-pts-auction-ban` */
  url: string;
  /** Position in the entry's file: breaks ties between events on the same date. */
  order: number;
  /** Sources numbered from 1 within the event. */
  sources: (Source & { n: number })[];
  /** The same story filed under other entries (a country and its operators): see stories.ts. */
  siblings: StorySibling[];
}

/** Another entry's copy of the same story. */
export interface StorySibling {
  entry: EntryRef;
  /** That copy's permalink. */
  url: string;
}

export interface EntryView {
  kind: Kind;
  slug: string;
  url: string;
  name: string;
  aliases: string[];
  region: EntryData['region'];
  /** iso2 of a country, or the headquarters country of a company or organization. */
  iso2: string | undefined;
  status: Status;
  summary: string;
  lastVerified: string | undefined;
  /** The latest event that set the current status (undefined for no-decision entries without one). */
  statusEvent: EventView | undefined;
  /** The event from which the current status has held without a break. */
  sinceEvent: EventView | undefined;
  /** Date of the newest event: the entry's "last change". */
  lastChanged: string;
  /** Newest first. */
  events: EventView[];
  /** Entries this one names in `related`, plus entries that name this one; sorted by name. */
  related: EntryRef[];
  sourceCount: number;
  /** How the status moved, oldest first. */
  path: PathStep<EventView>[];
  /** The status per part of the network, where events name one. */
  scopes: ScopeStatus<EventView>[];
  /** An operator's public networks, by country (companies only; empty otherwise). */
  operates: Operates[];
  /** A country's network operators: the companies whose `operates` names it, sorted by name. */
  operators: OperatorRow[];
}

/** A country where an operator runs a public network, and which. */
export interface Operates {
  country: string;
  networks: Network[];
}

/** One operator on its country's page: what it did about Huawei, in which networks. */
export interface OperatorRow {
  entry: EntryView;
  networks: Network[];
}

export type EntryRef = Pick<EntryView, 'kind' | 'slug' | 'url' | 'name' | 'status'>;

/** Turn validated entries into what pages show: derived status event, sorted timeline, two-way links. */
export function buildEntries(raw: readonly RawEntry[]): EntryView[] {
  const views = raw.map(toView);
  const bySlug = new Map(views.map((v) => [v.slug, v]));
  const links = new Map<string, Set<string>>(views.map((v) => [v.slug, new Set()]));
  for (const { slug, data } of raw) {
    for (const other of data.related) {
      if (!bySlug.has(other) || other === slug) continue;
      links.get(slug)!.add(other);
      links.get(other)!.add(slug);
    }
  }
  for (const view of views) {
    view.related = [...links.get(view.slug)!]
      .map((s) => toRef(bySlug.get(s)!))
      .sort((a, b) => compareNames(a.name, b.name));
  }
  // Operators, two ways: a company names the countries it operates in; the country lists them.
  const countryByIso = new Map(views.filter((v) => v.kind === 'countries' && v.iso2).map((v) => [v.iso2!, v]));
  for (const view of views) {
    for (const { country, networks } of view.operates)
      countryByIso.get(country)?.operators.push({ entry: view, networks });
  }
  for (const view of views) view.operators.sort((a, b) => compareNames(a.entry.name, b.entry.name));
  const siblings = storySiblings(timelineItems(views));
  for (const view of views) {
    for (const event of view.events) {
      event.siblings = (siblings.get(event.url) ?? [])
        .filter((other) => other.entry.slug !== view.slug)
        .map((other) => ({ entry: other.entry, url: other.url }));
    }
  }
  return views.sort((a, b) => compareNames(a.name, b.name));
}

export function toRef(view: EntryView): EntryRef {
  const { kind, slug, url, name, status } = view;
  return { kind, slug, url, name, status };
}

function toView({ kind, slug, data }: RawEntry): EntryView {
  const events: EventView[] = sortEventsDesc(data.events.map((event, order) => ({ ...event, order }))).map((event) => ({
    ...event,
    url: urls.event(kind, slug, event.id),
    sources: event.sources.map((source, i) => ({ ...source, n: i + 1 })),
    siblings: [],
  }));
  const statusEvent = latestStatusEvent(events);
  const sinceEvent = statusSinceEvent(events);
  return {
    kind,
    slug,
    url: urls.entry(kind, slug),
    name: data.name,
    aliases: data.aliases,
    region: data.region,
    iso2: 'iso2' in data ? data.iso2 : data.country,
    // Derived by the one rule (status-events.ts); the validator has checked the file's `status` equals it.
    status: statusEvent?.status ?? 'no-decision',
    summary: data.summary,
    lastVerified: data.lastVerified,
    statusEvent,
    sinceEvent,
    lastChanged: events[0]!.date,
    events,
    related: [],
    sourceCount: events.reduce((n, e) => n + e.sources.length, 0),
    path: statusPath(events),
    scopes: statusByScope(events),
    operates:
      'operates' in data && data.operates ? data.operates.map(({ country, networks }) => ({ country, networks })) : [],
    operators: [],
  };
}

/** An event with a reference to its entry: what the timeline, feeds and the API list. */
export interface TimelineItem extends EventView {
  entry: EntryRef;
}

/** Every event of every entry, each with a reference to its entry (unsorted). */
export function timelineItems(entries: readonly EntryView[]): TimelineItem[] {
  return entries.flatMap((entry) => {
    const ref = toRef(entry);
    return entry.events.map((event) => ({ ...event, entry: ref }));
  });
}
