// /api/v1/<kind>/<slug>.json: one entry, its frontmatter and what is derived from it (EntryDocument in schema.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getEntries } from '../../../../data/entries.ts';
import { BUILD_DATE, SITE_NAME } from '../../../../data/site.ts';
import { apiContext, entryDocument, toJson } from '../../../../lib/api/documents.ts';
import type { EntryView } from '../../../../lib/entries.ts';

export const getStaticPaths = (async () =>
  (await getEntries()).map((entry) => ({ params: { kind: entry.kind, slug: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: EntryView }> = async ({ props: { entry }, site }) => {
  // The frontmatter as validated (the view model has merged `related` both ways and re-sorted the events).
  const stored = await getEntry(entry.kind, entry.slug);
  if (!stored) throw new Error(`entry ${entry.kind}/${entry.slug} vanished between loading and rendering`);
  const document = entryDocument(entry, stored.data, apiContext(site, BUILD_DATE, SITE_NAME));
  return new Response(toJson(document), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
