// Site-wide settings read at build time. The build date is explicit (scripts/build.ts sets it) so the
// same content and date always give the same site.
import { shardFromEnv } from '../lib/shard.ts';

export const SITE_NAME = 'Huawei Tracker';
export const SITE_TAGLINE =
  'Where Huawei is banned, restricted, under review or permitted — country by country, company by company, every claim dated and cited.';

/** The public address, for canonical links, the sitemap, feeds and the API. Set SITE_URL when publishing. */
export const SITE_URL: string = process.env['SITE_URL'] ?? 'https://huawei-tracker.example';

export const BUILD_DATE: string = process.env['BUILD_DATE'] ?? new Date().toISOString().slice(0, 10);

/** The public repository, where corrections are sent as issues or pull requests. Set REPO_URL when publishing. */
export const REPO_URL: string | undefined = process.env['REPO_URL'] || undefined;

/** Which part of a build split across processes this is (see src/lib/shard.ts and scripts/build.ts). */
export const SHARD = shardFromEnv(process.env);
