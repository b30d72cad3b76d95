import { isValidCalendarDate } from './calendar-date.ts';

/** The address `npm start` previews on: every link of a preview build points there. */
export const PREVIEW_SITE_URL = 'http://127.0.0.1:4321';

/** site.config.yaml: how this copy is published (the environment overrides each key). */
export interface DeployFile {
  siteUrl?: string | undefined;
  repository?: string | undefined;
  correctionsEmail?: string | undefined;
}

/** Everything a build reads from site.config.yaml and its environment, checked once. */
export interface BuildConfig {
  /** The public address, without a trailing slash: canonical links, citations, feeds, the sitemap, the API. */
  siteUrl: string;
  /** The path the site is served under, "/" or "/huawei-tracker/": the path of siteUrl. */
  base: string;
  /** True for a local preview (`npm start`): the address is the preview server's. */
  preview: boolean;
  /**
   * What a build to publish still lacks (no public address, no corrections channel), each saying
   * what to set. Empty for a preview. Validation and the other tools need none of it; the build and
   * Astro's configuration refuse to publish without it.
   */
  publishProblems: string[];
  /** The build date (BUILD_DATE, YYYY-MM-DD): everything "today" means. */
  buildDate: string;
  /** The public repository (REPO_URL), where corrections go as issues; optional. */
  repoUrl: string | undefined;
  /** An address for corrections by e-mail (CONTACT_EMAIL); optional. */
  contactEmail: string | undefined;
  /** The content folder (CONTENT_DIR), `./content` unless a build or benchmark points elsewhere. */
  contentDir: string;
  /**
   * The content as scripts/build.ts validated it (VALIDATED_CONTENT, a v8-serialised file), handed to
   * the data-file process so it does not read and validate every file again; unset outside that script.
   */
  validatedContent: string | undefined;
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
 * Read and check the deployment file and the environment (which wins). `today` (YYYY-MM-DD) is the
 * fallback build date, passed in so this stays a pure function: the caller decides what the clock
 * says. A preview (`SITE_PREVIEW=1`, set by `npm start`) uses the local address; a build to publish
 * needs a public address and a corrections channel, and `publishProblems` says which setting is missing.
 * A malformed value is an error in either mode.
 */
export function readConfig(env: Record<string, string | undefined>, today: string, file: DeployFile = {}): BuildConfig {
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
  const preview = env['SITE_PREVIEW'] === '1';
  const [siteName, siteValue] = env['SITE_URL']
    ? ['SITE_URL', env['SITE_URL']]
    : ['siteUrl', file.siteUrl || undefined];
  const [repoName, repoValue] = env['REPO_URL']
    ? ['REPO_URL', env['REPO_URL']]
    : ['repository', file.repository || undefined];
  const [emailName, email] = env['CONTACT_EMAIL']
    ? ['CONTACT_EMAIL', env['CONTACT_EMAIL']]
    : ['correctionsEmail', file.correctionsEmail || undefined];
  const publishProblems: string[] = [];
  let siteUrl: string | undefined = PREVIEW_SITE_URL;
  if (!preview && siteValue) siteUrl = attempt(() => httpsUrl(siteName, siteValue));
  else if (!preview)
    publishProblems.push(
      'No public address: set siteUrl in site.config.yaml (or SITE_URL in the environment) to the address the site is published at, e.g. https://owner.github.io/huawei-tracker — or run `npm start` to preview it locally',
    );
  const repoUrl = repoValue ? attempt(() => httpsUrl(repoName, repoValue)) : undefined;
  if (email !== undefined && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
    problems.push(`${emailName} must be an e-mail address, got "${email}"`);
  }
  if (!preview && !repoValue && !email) {
    publishProblems.push(
      'No way for readers to send corrections: set repository (or REPO_URL) or correctionsEmail (or CONTACT_EMAIL) in site.config.yaml',
    );
  }
  const heap = env['BUILD_HEAP_MB'] ? Number(env['BUILD_HEAP_MB']) : DEFAULT_BUILD_HEAP_MB;
  if (!Number.isInteger(heap) || heap < 256) {
    problems.push(`BUILD_HEAP_MB must be a whole number of megabytes, at least 256, got "${env['BUILD_HEAP_MB']}"`);
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return {
    siteUrl: siteUrl!,
    base: basePath(siteUrl!),
    preview,
    publishProblems,
    buildDate: rawDate,
    repoUrl,
    contactEmail: email,
    contentDir: env['CONTENT_DIR'] || './content',
    validatedContent: env['VALIDATED_CONTENT'] || undefined,
    buildHeapMb: heap,
  };
}

/** The path a site address is served under, with slashes at both ends: "/" or "/huawei-tracker/". */
export function basePath(siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

/** A site path ("/countries/sweden/") under a base path ("/huawei-tracker/"): "/huawei-tracker/countries/sweden/". */
export function withBase(path: string, base: string): string {
  return base === '/' || !path.startsWith('/') || path.startsWith('//') ? path : `${base.slice(0, -1)}${path}`;
}
