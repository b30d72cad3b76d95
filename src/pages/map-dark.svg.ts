// The map in the dark theme's colours, for readers in dark mode (the home page's <picture> picks).
import type { APIRoute } from 'astro';
import { mapSvg } from '../data/map.ts';

export const GET: APIRoute = async () =>
  new Response(await mapSvg('dark'), { headers: { 'content-type': 'image/svg+xml' } });
