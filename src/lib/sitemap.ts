import { escapeXml as escape } from './escape.ts';

/**
 * sitemap.xml files for the built site: an index (sitemap-index.xml) pointing at numbered files of
 * at most 50,000 URLs each, the protocol's limit. Written by the build after all pages exist, so a
 * build in several parts still gets one complete sitemap.
 */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  /** YYYY-MM-DD, when known (an entry's last-verified date). */
  lastmod?: string | undefined;
}


export function sitemapFiles(urls: readonly SitemapUrl[], siteUrl: URL, limit = SITEMAP_LIMIT): { path: string; body: string }[] {
  const sorted = [...urls].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const parts: { path: string; body: string }[] = [];
  for (let i = 0; i * limit < Math.max(sorted.length, 1); i++) {
    const chunk = sorted.slice(i * limit, (i + 1) * limit);
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...chunk.map((u) => `<url><loc>${escape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`),
      '</urlset>',
      '',
    ].join('\n');
    parts.push({ path: `sitemap-${i}.xml`, body });
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((p) => `<sitemap><loc>${escape(new URL(p.path, siteUrl).href)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ path: 'sitemap-index.xml', body: index }, ...parts];
}
