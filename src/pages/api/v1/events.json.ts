// /api/v1/events.json: every event, newest first (EventList in schema.json).
import type { APIRoute } from 'astro';
import { getTimelineItems } from '../../../data/entries.ts';
import { BUILD_DATE, SITE_NAME } from '../../../data/site.ts';
import { apiContext, eventList, toJson } from '../../../lib/api/documents.ts';

export const GET: APIRoute = async ({ site }) => {
  const document = eventList(await getTimelineItems(), apiContext(site, BUILD_DATE, SITE_NAME));
  return new Response(toJson(document), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
