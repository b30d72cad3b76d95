// /<kind>/<slug>/badge.svg: an embeddable badge with the entry's name and current status.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from '../../../data/entries.ts';
import { renderBadge } from '../../../lib/badge.ts';
import type { EntryView } from '../../../lib/entries.ts';

export const getStaticPaths = (async () =>
  (await getEntries()).map((entry) => ({ params: { kind: entry.kind, slug: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: EntryView }> = ({ props }) =>
  new Response(renderBadge(props.entry.name, props.entry.status), { headers: { 'content-type': 'image/svg+xml' } });
