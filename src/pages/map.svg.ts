// The map as a standalone SVG image: the home page shows it without inlining 100 KB of paths.
import type { APIRoute } from 'astro';
import { getEntries } from '../data/entries.ts';
import { mapRows } from '../lib/map/map-data.ts';
import { renderWorldMapSvg } from '../lib/map/render-svg.ts';
import { buildWorldMap } from '../lib/map/world-map.ts';

export const GET: APIRoute = async () => {
  const map = buildWorldMap(mapRows(await getEntries()));
  const svg = renderWorldMapSvg(map, {
    standalone: true,
    title: 'World map of countries by their status towards Huawei',
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
