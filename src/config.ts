// The deployment settings, read once and checked, for astro.config.mjs, the pages and the Node
// scripts: site.config.yaml (committed) under the environment (SITE_URL, REPO_URL, CONTACT_EMAIL,
// BUILD_DATE, SITE_PREVIEW). The one place the wall clock is read: it defaults the build date.
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { type DeployFile, readConfig } from './lib/config.ts';

/** The committed deployment file, at the project's root. */
export const DEPLOY_FILE = 'site.config.yaml';

function deployFile(): DeployFile {
  if (!existsSync(DEPLOY_FILE)) return {};
  const data = yaml.load(readFileSync(DEPLOY_FILE, 'utf8'), { schema: yaml.CORE_SCHEMA }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${DEPLOY_FILE}: expected keys and values`);
  const value = (key: keyof DeployFile) => {
    const v = (data as Record<string, unknown>)[key];
    if (v !== undefined && v !== null && typeof v !== 'string')
      throw new Error(`${DEPLOY_FILE} › ${key}: expected text`);
    return v ?? undefined;
  };
  return { siteUrl: value('siteUrl'), repository: value('repository'), correctionsEmail: value('correctionsEmail') };
}

export const config = readConfig(process.env, new Date().toISOString().slice(0, 10), deployFile());
