// /data/events.csv: one row per event × source, newest event first; the same data as /api/v1/events.json.
import type { APIRoute } from 'astro';
import { getTimelineItems } from '../../data/entries.ts';
import { BUILD_DATE, SITE_NAME } from '../../data/site.ts';
import { eventsCsv } from '../../lib/api/csv.ts';
import { apiContext, timelineEvents } from '../../lib/api/documents.ts';

export const GET: APIRoute = async ({ site }) => {
  const events = timelineEvents(await getTimelineItems(), apiContext(site, BUILD_DATE, SITE_NAME));
  return new Response(eventsCsv(events), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
