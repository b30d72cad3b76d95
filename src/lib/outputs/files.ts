// The machine-readable files of the whole site: the JSON API lists and schema, the CSVs of entries
// and events, the site feed and the feeds per status and region, the calendar of deadlines, the data
// releases and robots.txt — and, per entry, its JSON document, its feed and its badge. They are pure
// functions of the validated content, written beside Astro's pages by the outputs integration
// (src/build/write-outputs.ts): as Astro routes, their per-route overhead at 10,000 entries cost
// more than all the entry pages together.
import { renderBadge } from './badge.ts';
import type { EntryView, TimelineItem } from '../entries.ts';
import { eventFeed, eventFeedContext, feedTagUri, renderAtom, SITE_FEED_SIZE, tagUri } from './atom.ts';
import { deadlineEvents, renderCalendar } from './ical.ts';
import type { EntryData } from '../schema/index.ts';
import { urls } from '../urls.ts';
import { entriesCsv, eventsCsv } from './csv.ts';
import { changesFeed, releaseEntriesJson, releaseEventsCsv, releaseUrls, type ReleaseInput } from './releases.ts';
import { nextDeadline } from '../deadlines.ts';
import { nameRecords, nameShards } from '../matcher.ts';
import { basePath, withBase } from '../config.ts';
import { REGIONS } from '../schema/entry.ts';
import { STATUS_INFO, STATUSES } from '../status.ts';
import {
  CONTENT_LICENSE,
  entryDocument,
  entryList,
  eventList,
  timelineEvents,
  toJson,
  type ApiContext,
} from '../api/documents.ts';
import { buildJsonSchema } from '../api/schema.ts';
import { embedCss, entryEmbedHtml, entryEmbedPath } from '../share/embed.ts';
import { shareUrls } from '../share/urls.ts';
import { absoluteUrl, dataUrls, regionSlug } from '../api/urls.ts';

export interface OutputFile {
  /** Path inside the built site, without a leading slash. */
  path: string;
  body: string;
}

const file = (url: string, body: string): OutputFile => ({ path: url.replace(/^\//, ''), body });

function feedOptions(ctx: ApiContext) {
  return {
    ...eventFeedContext(ctx.site, ctx.generated),
    author: { name: ctx.attribution, uri: absoluteUrl(urls.home(), ctx.site) },
    rights: `Content licensed ${CONTENT_LICENSE.name} (${CONTENT_LICENSE.url}); credit “${ctx.attribution}”.`,
    emptyUpdated: ctx.generated,
  };
}

/** The Atom feed of one entry: every event, newest first. */
export function entryFeedXml(entry: EntryView, ctx: ApiContext): string {
  const events = timelineEvents(
    entry.events.map((event) => ({ ...event, entry })),
    ctx,
  );
  return renderAtom(
    eventFeed(events, {
      ...feedOptions(ctx),
      id: feedTagUri(ctx.site.hostname, entry),
      title: `${entry.name} — ${ctx.attribution}`,
      subtitle: entry.summary,
      selfUrl: absoluteUrl(dataUrls.entryFeed(entry.kind, entry.slug), ctx.site),
      pageUrl: absoluteUrl(urls.entry(entry.kind, entry.slug), ctx.site),
    }),
  );
}

/** An entry's JSON document, feed, badge and embeddable card. `data` is its frontmatter as validated. */
export function entryFiles(entry: EntryView, data: EntryData, ctx: ApiContext): OutputFile[] {
  return [
    file(dataUrls.entry(entry.kind, entry.slug), toJson(entryDocument(entry, data, ctx))),
    file(dataUrls.entryFeed(entry.kind, entry.slug), entryFeedXml(entry, ctx)),
    file(`${urls.entry(entry.kind, entry.slug)}badge.svg`, renderBadge(entry.name, entry.status, entry.kind)),
    file(
      entryEmbedPath(entry.kind, entry.slug),
      entryEmbedHtml(entry, { siteName: ctx.attribution, site: ctx.site, buildDate: ctx.generated }),
    ),
  ];
}

export interface SiteInput {
  entries: readonly EntryView[];
  items: readonly TimelineItem[];
  /** Describes the site in the feed. */
  tagline: string;
  /** The data releases, newest first. */
  releases: readonly ReleaseInput[];
}

type EventItem = ReturnType<typeof timelineEvents>[number];

/** The site's own feed: the latest events of every entry. */
function siteFeedXml(events: readonly EventItem[], tagline: string, ctx: ApiContext): string {
  return renderAtom(
    eventFeed(events.slice(0, SITE_FEED_SIZE), {
      ...feedOptions(ctx),
      id: feedTagUri(ctx.site.hostname),
      title: `${ctx.attribution}: latest events`,
      subtitle: tagline,
      selfUrl: absoluteUrl(dataUrls.feed(), ctx.site),
      pageUrl: absoluteUrl(urls.timeline(), ctx.site),
    }),
  );
}

/** Every deadline, with its outcome, as an iCalendar file. */
function deadlinesCalendar(events: readonly EventItem[], ctx: ApiContext): string {
  return renderCalendar({
    prodId: `-//${ctx.attribution}//Deadlines//EN`,
    name: `${ctx.attribution}: deadlines`,
    description:
      'Compliance deadlines set by laws and decisions about Huawei equipment, with their outcomes. A deadline known only to the month or year is shown on the last day of that period.',
    url: absoluteUrl(dataUrls.deadlinesIcs(), ctx.site),
    stamp: ctx.generated,
    events: deadlineEvents(events, ctx.site.hostname, ctx.generated),
  });
}

/** One feed per status (the events that set it) and one per region (the events of its entries). */
function statusAndRegionFeeds(entries: readonly EntryView[], events: readonly EventItem[], ctx: ApiContext) {
  const options = feedOptions(ctx);
  const statusFeeds = STATUSES.map((status) =>
    file(
      dataUrls.statusFeed(status),
      renderAtom(
        eventFeed(events.filter((e) => e.status === status).slice(0, SITE_FEED_SIZE), {
          ...options,
          id: tagUri(ctx.site.hostname, `feed:status:${status}`),
          title: `${ctx.attribution}: events that set the status ${STATUS_INFO[status].label}`,
          selfUrl: absoluteUrl(dataUrls.statusFeed(status), ctx.site),
          pageUrl: absoluteUrl(urls.status(status), ctx.site),
        }),
      ),
    ),
  );
  const regionOf = new Map(entries.map((e) => [`${e.kind}/${e.slug}`, e.region]));
  const regionFeeds = REGIONS.map((region) =>
    file(
      dataUrls.regionFeed(region),
      renderAtom(
        eventFeed(
          events.filter((e) => regionOf.get(`${e.entry.kind}/${e.entry.slug}`) === region).slice(0, SITE_FEED_SIZE),
          {
            ...options,
            id: tagUri(ctx.site.hostname, `feed:region:${regionSlug(region)}`),
            title: `${ctx.attribution}: events in ${region}`,
            selfUrl: absoluteUrl(dataUrls.regionFeed(region), ctx.site),
            pageUrl: absoluteUrl(`${urls.search()}?region=${encodeURIComponent(region)}`, ctx.site),
          },
        ),
      ),
    ),
  );
  return [...statusFeeds, ...regionFeeds];
}

/** entries.csv: one row per entry, with what a data user wants first. */
function entriesCsvFile(entries: readonly EntryView[], ctx: ApiContext): OutputFile {
  const rows = entries.map((e) => ({
    kind: e.kind,
    slug: e.slug,
    name: e.name,
    iso2: e.iso2,
    region: e.region,
    status: e.status,
    since: e.sinceEvent?.date,
    evidence: e.statusEvent?.evidence,
    scopes: e.scopes,
    nextDeadline: nextDeadline(e.events, ctx.generated),
    operates: e.operates,
    operators: e.operators.map((o) => o.entry.slug),
    lastChanged: e.lastChanged,
    lastVerified: e.lastVerified,
    summary: e.summary,
    url: absoluteUrl(e.url, ctx.site),
  }));
  return file(dataUrls.entriesCsv(), entriesCsv(rows));
}

/** The changes feed and, per release, the whole data as it stood (JSON and CSV). */
function releaseFiles(releases: readonly ReleaseInput[], ctx: ApiContext): OutputFile[] {
  const options = feedOptions(ctx);
  const changes = changesFeed(releases, ctx.site, {
    title: `${ctx.attribution}: changes, release by release`,
    author: options.author,
    rights: options.rights,
    emptyUpdated: ctx.generated,
  });
  return [
    file(dataUrls.changesFeed(), renderAtom(changes)),
    ...releases.flatMap((r) => [
      file(releaseUrls.entries(r.id), releaseEntriesJson(r, ctx.site)),
      file(releaseUrls.events(r.id), releaseEventsCsv(r)),
    ]),
  ];
}

/** The name index: compact JSON, one file per first character (or few, at scale), and their list. */
function nameIndexFiles(entries: readonly EntryView[], site: URL): OutputFile[] {
  // The browser follows these addresses as they are: under the site's base path.
  const base = basePath(site.href);
  const shards = nameShards(nameRecords(entries).map((r) => ({ ...r, u: withBase(r.u, base) })));
  return [
    ...Object.entries(shards).map(([shard, records]) => file(dataUrls.names(shard), JSON.stringify(records))),
    file(dataUrls.nameFiles(), JSON.stringify(Object.keys(shards).sort())),
  ];
}

/** The site-wide files. */
export function siteFiles({ entries, items, tagline, releases }: SiteInput, ctx: ApiContext): OutputFile[] {
  const events = timelineEvents(items, ctx);
  const robots = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(dataUrls.sitemap(), ctx.site)}`, ''];
  return [
    ...nameIndexFiles(entries, ctx.site),
    file(dataUrls.entries(), toJson(entryList(entries, ctx))),
    file(dataUrls.events(), toJson(eventList(events, ctx))),
    file(dataUrls.schema(), toJson(buildJsonSchema(absoluteUrl(dataUrls.schema(), ctx.site)))),
    file(dataUrls.eventsCsv(), eventsCsv(events)),
    entriesCsvFile(entries, ctx),
    file(dataUrls.feed(), siteFeedXml(events, tagline, ctx)),
    ...statusAndRegionFeeds(entries, events, ctx),
    ...releaseFiles(releases, ctx),
    file(dataUrls.deadlinesIcs(), deadlinesCalendar(events, ctx)),
    file(dataUrls.robots(), robots.join('\n')),
    file(shareUrls.embedCss(), embedCss()),
  ];
}
