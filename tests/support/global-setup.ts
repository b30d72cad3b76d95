// Builds the real site once per test run (validate → astro → pagefind, the same script as
// `npm run build`) into .test-dist/, and serves it for the browser tests; and builds it a second
// time for publishing under a base path (/huawei-tracker/, as GitHub serves project pages) into
// .test-dist-base/, served under that path, so links, search and the type-ahead are proven there too.
// The "site" and "browser" projects both use this setup; the builds and servers are shared.
// Set TEST_SITE_DIR (and TEST_BASE_SITE_DIR) to test existing builds instead.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { TEST_DATE } from './test-date.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseUrl: string;
    /** The same site built under a base path, and where it is served (the URL includes the base). */
    baseSiteDir: string;
    baseSiteUrl: string;
  }
}

/** The base path of the second build, and its public address. */
export const TEST_BASE = '/huawei-tracker/';
const BASE_SITE_URL = `https://tracker.example.org${TEST_BASE.slice(0, -1)}`;

interface Shared {
  sites?: Promise<{ siteDir: string; url: string; baseSiteDir: string; baseUrl: string; servers: Server[] }>;
  users: number;
}
const shared: Shared = ((globalThis as { __htSite?: Shared }).__htSite ??= { users: 0 });

function build(out: string, env: Record<string, string>, args: string[] = []): void {
  const started = performance.now();
  // The build date pinned, so the tests see the same site on any day; a repository and a contact
  // address, so the correction links are built and tested.
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BUILD_DATE: TEST_DATE,
      REPO_URL: 'https://example.org/huawei-tracker',
      CONTACT_EMAIL: 'corrections@example.org',
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  console.log(`[setup] built the site into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function buildAndServe() {
  let siteDir = process.env['TEST_SITE_DIR'];
  if (!siteDir) build((siteDir = resolve('.test-dist')), {}, ['--preview']);
  let baseSiteDir = process.env['TEST_BASE_SITE_DIR'];
  if (!baseSiteDir) build((baseSiteDir = resolve('.test-dist-base')), { SITE_URL: BASE_SITE_URL });
  const main = await serveStatic(resolve(siteDir));
  const based = await serveStatic(resolve(baseSiteDir), 0, TEST_BASE);
  return {
    siteDir: resolve(siteDir),
    url: main.url,
    baseSiteDir: resolve(baseSiteDir),
    baseUrl: based.url,
    servers: [main.server, based.server],
  };
}

export default async function setup(project: TestProject) {
  shared.users += 1;
  shared.sites ??= buildAndServe();
  const { siteDir, url, baseSiteDir, baseUrl } = await shared.sites;
  project.provide('siteDir', siteDir);
  project.provide('baseUrl', url);
  project.provide('baseSiteDir', baseSiteDir);
  project.provide('baseSiteUrl', baseUrl);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) {
      const { servers } = await shared.sites!;
      await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))));
    }
  };
}
