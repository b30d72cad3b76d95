// The machine-readable files of the whole site: the JSON API lists and schema, the CSV of events,
// the site feed, the calendar of deadlines and robots.txt — and, per entry, its JSON document, its
// feed and its badge. They are pure functions of the validated content, so the build script writes
// them directly (scripts/lib/write-data-files.ts) while Astro renders the pages: as Astro routes,
// their per-route overhead at 10,000 entries cost more than all the entry pages together.
import { renderBadge } from './badge.ts';
import type { EntryView, TimelineItem } from '../entries.ts';
import { eventFeed, eventFeedContext, feedTagUri, renderAtom, SITE_FEED_SIZE } from './atom.ts';
import { deadlineEvents, renderCalendar } from './ical.ts';
import type { EntryData } from '../schema/index.ts';
import { urls } from '../urls.ts';
import { eventsCsv } from './csv.ts';
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
import { absoluteUrl, dataUrls } from '../api/urls.ts';

export interface OutputFile {
  /** Path inside the built site, without a leading slash. */
  path: string;
  body: string;
}

const file = (url: string, body: string): OutputFile => ({ path: url.replace(/^\//, ''), body });

function feedOptions(ctx: ApiContext) {
  return {
    ...eventFeedContext(ctx.site),
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

/** An entry's JSON document, feed and badge. `data` is its frontmatter as validated. */
export function entryFiles(entry: EntryView, data: EntryData, ctx: ApiContext): OutputFile[] {
  return [
    file(dataUrls.entry(entry.kind, entry.slug), toJson(entryDocument(entry, data, ctx))),
    file(dataUrls.entryFeed(entry.kind, entry.slug), entryFeedXml(entry, ctx)),
    file(`${urls.entry(entry.kind, entry.slug)}badge.svg`, renderBadge(entry.name, entry.status)),
  ];
}

/** The site-wide files. `tagline` describes the site in the feed. */
export function siteFiles(
  entries: readonly EntryView[],
  items: readonly TimelineItem[],
  ctx: ApiContext,
  tagline: string,
): OutputFile[] {
  const events = timelineEvents(items, ctx);
  const feed = eventFeed(events.slice(0, SITE_FEED_SIZE), {
    ...feedOptions(ctx),
    id: feedTagUri(ctx.site.hostname),
    title: `${ctx.attribution}: latest events`,
    subtitle: tagline,
    selfUrl: absoluteUrl(dataUrls.feed(), ctx.site),
    pageUrl: absoluteUrl(urls.timeline(), ctx.site),
  });
  const calendar = renderCalendar({
    prodId: `-//${ctx.attribution}//Deadlines//EN`,
    name: `${ctx.attribution}: deadlines`,
    description:
      'Compliance deadlines set by laws and decisions about Huawei equipment. A deadline known only to the month or year is shown on the last day of that period.',
    url: absoluteUrl(dataUrls.deadlinesIcs(), ctx.site),
    stamp: ctx.generated,
    events: deadlineEvents(events, ctx.site.hostname),
  });
  const robots = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(dataUrls.sitemap(), ctx.site)}`, ''].join(
    '\n',
  );
  return [
    file(dataUrls.entries(), toJson(entryList(entries, ctx))),
    file(dataUrls.events(), toJson(eventList(events, ctx))),
    file(dataUrls.schema(), toJson(buildJsonSchema(absoluteUrl(dataUrls.schema(), ctx.site)))),
    file(dataUrls.eventsCsv(), eventsCsv(events)),
    file(dataUrls.feed(), renderAtom(feed)),
    file(dataUrls.deadlinesIcs(), calendar),
    file(dataUrls.robots(), robots),
  ];
}
