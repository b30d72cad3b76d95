// The site's fixed words: its name and what it is. Settings that vary by deployment (address,
// build date, repository) are read from the environment in src/config.ts.
export const SITE_NAME = 'Huawei Tracker';
export const SITE_TAGLINE =
  'Where Huawei is banned, restricted, under review or permitted — country by country, company by company, every claim dated and cited.';
