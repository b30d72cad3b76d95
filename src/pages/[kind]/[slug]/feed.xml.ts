// /<kind>/<slug>/feed.xml: Atom feed of every event of one entry, newest first.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from '../../../data/entries.ts';
import { BUILD_DATE, SITE_NAME } from '../../../data/site.ts';
import { apiContext, CONTENT_LICENSE, timelineEvents } from '../../../lib/api/documents.ts';
import { absoluteUrl, dataUrls } from '../../../lib/api/urls.ts';
import type { EntryView } from '../../../lib/entries.ts';
import { eventFeed, eventFeedContext, feedTagUri, renderAtom } from '../../../lib/feeds/atom.ts';
import { urls } from '../../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await getEntries()).map((entry) => ({ params: { kind: entry.kind, slug: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: EntryView }> = ({ props: { entry }, site }) => {
  const ctx = apiContext(site, BUILD_DATE, SITE_NAME);
  const events = timelineEvents(entry.events.map((event) => ({ ...event, entry })), ctx);
  const feed = eventFeed(events, {
    ...eventFeedContext(ctx.site),
    id: feedTagUri(ctx.site.hostname, entry),
    title: `${entry.name} — ${SITE_NAME}`,
    subtitle: entry.summary,
    selfUrl: absoluteUrl(dataUrls.entryFeed(entry.kind, entry.slug), ctx.site),
    pageUrl: absoluteUrl(urls.entry(entry.kind, entry.slug), ctx.site),
    author: { name: SITE_NAME, uri: absoluteUrl(urls.home(), ctx.site) },
    rights: `Content licensed ${CONTENT_LICENSE.name} (${CONTENT_LICENSE.url}); credit “${SITE_NAME}”.`,
    emptyUpdated: BUILD_DATE,
  });
  return new Response(renderAtom(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
