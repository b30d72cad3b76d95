// /api/v1/entries.json: every entry with its current status (EntryList in schema.json).
import type { APIRoute } from 'astro';
import { getEntries } from '../../../data/entries.ts';
import { BUILD_DATE, SITE_NAME } from '../../../data/site.ts';
import { apiContext, entryList, toJson } from '../../../lib/api/documents.ts';

export const GET: APIRoute = async ({ site }) => {
  const document = entryList(await getEntries(), apiContext(site, BUILD_DATE, SITE_NAME));
  return new Response(toJson(document), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
