// Site-wide settings read at build time. The build date is explicit (scripts/build.ts sets it) so the
// same content and date always give the same site.
export const SITE_NAME = 'Huawei Tracker';
export const SITE_TAGLINE =
  'Where Huawei is banned, restricted, under review or permitted — country by country, company by company, every claim dated and cited.';

export const BUILD_DATE: string = process.env['BUILD_DATE'] ?? new Date().toISOString().slice(0, 10);

/** The public repository, where corrections are sent as issues or pull requests. Set REPO_URL when publishing. */
export const REPO_URL: string | undefined = process.env['REPO_URL'] || undefined;
