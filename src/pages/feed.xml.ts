// /feed.xml: Atom feed of the 50 newest events across the site.
import type { APIRoute } from 'astro';
import { getTimelineItems } from '../data/entries.ts';
import { BUILD_DATE, SITE_NAME, SITE_TAGLINE } from '../data/site.ts';
import { apiContext, CONTENT_LICENSE, timelineEvents } from '../lib/api/documents.ts';
import { absoluteUrl, dataUrls } from '../lib/api/urls.ts';
import { eventFeed, eventFeedContext, feedTagUri, renderAtom, SITE_FEED_SIZE } from '../lib/feeds/atom.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = apiContext(site, BUILD_DATE, SITE_NAME);
  const events = timelineEvents(await getTimelineItems(), ctx).slice(0, SITE_FEED_SIZE);
  const feed = eventFeed(events, {
    ...eventFeedContext(ctx.site),
    id: feedTagUri(ctx.site.hostname),
    title: `${SITE_NAME}: latest events`,
    subtitle: SITE_TAGLINE,
    selfUrl: absoluteUrl(dataUrls.feed(), ctx.site),
    pageUrl: absoluteUrl(urls.timeline(), ctx.site),
    author: { name: SITE_NAME, uri: absoluteUrl(urls.home(), ctx.site) },
    rights: `Content licensed ${CONTENT_LICENSE.name} (${CONTENT_LICENSE.url}); credit “${SITE_NAME}”.`,
    emptyUpdated: BUILD_DATE,
  });
  return new Response(renderAtom(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
