// /robots.txt: everything may be crawled; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { absoluteUrl, dataUrls } from '../lib/api/urls.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('`site` is not set: robots.txt needs the public address of the sitemap');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(dataUrls.sitemap(), site)}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
