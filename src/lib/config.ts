import { isValidCalendarDate } from './calendar-date.ts';

/** The address used when SITE_URL is not set: citations and feeds then point nowhere real. */
export const PLACEHOLDER_SITE_URL = 'https://huawei-tracker.example';

/** Everything a build reads from its environment, checked once. */
export interface BuildConfig {
  /** The public address (SITE_URL): canonical links, citations, feeds, the sitemap, the API. */
  siteUrl: string;
  /** True when SITE_URL was not set and the placeholder is in use. */
  siteUrlIsPlaceholder: boolean;
  /** The build date (BUILD_DATE, YYYY-MM-DD): everything "today" means. */
  buildDate: string;
  /** The public repository (REPO_URL), where corrections go as issues; optional. */
  repoUrl: string | undefined;
  /** An address for corrections by e-mail (CONTACT_EMAIL); optional. */
  contactEmail: string | undefined;
  /** The content folder (CONTENT_DIR), `./content` unless a build or benchmark points elsewhere. */
  contentDir: string;
  /**
   * The JavaScript heap of the build's Node processes, in MB (BUILD_HEAP_MB). Bounded so that at
   * 10,000 entries no process passes 2 GB (the collector works harder instead of growing); a larger
   * site raises it.
   */
  buildHeapMb: number;
}

/** The default heap of a build process: at 10,000 entries Astro peaks near 1.65 GB with it, as fast. */
export const DEFAULT_BUILD_HEAP_MB = 1400;

export class ConfigError extends Error {}

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an https address, got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) {
    throw new ConfigError(`${name} must use https, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * Read and check the environment. `today` (YYYY-MM-DD) is the fallback build date, passed in so this
 * stays a pure function: the caller decides what the clock says.
 */
export function readConfig(env: Record<string, string | undefined>, today: string): BuildConfig {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const rawDate = env['BUILD_DATE'] || today;
  if (rawDate.length !== 10 || !isValidCalendarDate(rawDate)) {
    problems.push(`BUILD_DATE must be a date written YYYY-MM-DD, got "${rawDate}"`);
  }
  const siteUrl = env['SITE_URL'] ? attempt(() => httpsUrl('SITE_URL', env['SITE_URL']!)) : PLACEHOLDER_SITE_URL;
  const repoUrl = env['REPO_URL'] ? attempt(() => httpsUrl('REPO_URL', env['REPO_URL']!)) : undefined;
  const email = env['CONTACT_EMAIL'] || undefined;
  if (email !== undefined && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
    problems.push(`CONTACT_EMAIL must be an e-mail address, got "${email}"`);
  }
  const heap = env['BUILD_HEAP_MB'] ? Number(env['BUILD_HEAP_MB']) : DEFAULT_BUILD_HEAP_MB;
  if (!Number.isInteger(heap) || heap < 256) {
    problems.push(`BUILD_HEAP_MB must be a whole number of megabytes, at least 256, got "${env['BUILD_HEAP_MB']}"`);
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return {
    siteUrl: siteUrl!,
    siteUrlIsPlaceholder: !env['SITE_URL'],
    buildDate: rawDate,
    repoUrl,
    contactEmail: email,
    contentDir: env['CONTENT_DIR'] || './content',
    buildHeapMb: heap,
  };
}
