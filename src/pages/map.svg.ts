// The map as a standalone SVG image: the home page shows it without inlining 100 KB of paths.
import type { APIRoute } from 'astro';
import { mapSvg } from '../data/map.ts';

export const GET: APIRoute = async () =>
  new Response(await mapSvg('light'), { headers: { 'content-type': 'image/svg+xml' } });
