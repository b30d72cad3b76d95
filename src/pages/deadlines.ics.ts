// /deadlines.ics: every deadline an event sets, as all-day events for calendar apps.
import type { APIRoute } from 'astro';
import { getTimelineItems } from '../data/entries.ts';
import { BUILD_DATE, SITE_NAME } from '../data/site.ts';
import { apiContext, timelineEvents } from '../lib/api/documents.ts';
import { absoluteUrl, dataUrls } from '../lib/api/urls.ts';
import { deadlineEvents, renderCalendar } from '../lib/feeds/ical.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = apiContext(site, BUILD_DATE, SITE_NAME);
  const events = timelineEvents(await getTimelineItems(), ctx);
  const calendar = renderCalendar({
    prodId: `-//${SITE_NAME}//Deadlines//EN`,
    name: `${SITE_NAME}: deadlines`,
    description: 'Compliance deadlines set by laws and decisions about Huawei equipment. A deadline known only to the month or year is shown on the last day of that period.',
    url: absoluteUrl(dataUrls.deadlinesIcs(), ctx.site),
    stamp: BUILD_DATE,
    events: deadlineEvents(events, ctx.site.hostname),
  });
  return new Response(calendar, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
