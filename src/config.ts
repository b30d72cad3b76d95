// The environment, read once and checked, for astro.config.mjs, the pages and the Node scripts.
// Set SITE_URL, BUILD_DATE, REPO_URL and CONTACT_EMAIL before building (README: Publishing).
import { readConfig } from './lib/config.ts';

export const config = readConfig(process.env, new Date().toISOString().slice(0, 10));
