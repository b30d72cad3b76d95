import { basePath, withBase } from '../config.ts';
import type { Kind } from '../kinds.ts';

/**
 * Paths of the machine-readable outputs (JSON API, CSV, feeds, calendar), beside `urls` in
 * src/lib/urls.ts for the pages. Documents that leave the site make them absolute with `absoluteUrl`.
 */
export const dataUrls = {
  page: () => '/data/',
  schema: () => '/api/v1/schema.json',
  entries: () => '/api/v1/entries.json',
  events: () => '/api/v1/events.json',
  entry: (kind: Kind, slug: string) => `/api/v1/${kind}/${slug}.json`,
  eventsCsv: () => '/data/events.csv',
  entriesCsv: () => '/data/entries.csv',
  statusFeed: (status: string) => `/status/${status}/feed.xml`,
  regionFeed: (region: string) => `/regions/${regionSlug(region)}/feed.xml`,
  changesFeed: () => '/changes/feed.xml',
  /** The name index of the type-ahead, one file per first character or few (src/lib/matcher.ts). */
  names: (shard: string) => `/search/names/${shard}.json`,
  /** Which name files exist: fetched with the matcher, so pages carry no list that grows with the content. */
  nameFiles: () => '/search/names.json',
  feed: () => '/feed.xml',
  entryFeed: (kind: Kind, slug: string) => `/${kind}/${slug}/feed.xml`,
  deadlinesIcs: () => '/deadlines.ics',
  robots: () => '/robots.txt',
  sitemap: () => '/sitemap-index.xml',
};

/**
 * A site path as an absolute URL on the public address, under its base path when it has one:
 * "/countries/sweden/" on https://owner.github.io/huawei-tracker is
 * https://owner.github.io/huawei-tracker/countries/sweden/.
 */
export function absoluteUrl(path: string, site: URL): string {
  return new URL(withBase(path, basePath(site.href)), site.origin).href;
}

/** "Middle East" → "middle-east": a region as a URL segment. */
export function regionSlug(region: string): string {
  return region.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
