// Builds the real site once per test run (validate → astro → pagefind, the same script as
// `npm run build`) into .test-dist/, and serves it for the browser tests. The "site" and
// "browser" projects both use this setup; the build and the server are shared between them.
// Set TEST_SITE_DIR to test an existing build instead.
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
  }
}

interface Shared {
  site?: Promise<{ siteDir: string; url: string; server: Server }>;
  users: number;
}
const shared: Shared = ((globalThis as { __htSite?: Shared }).__htSite ??= { users: 0 });

async function buildAndServe() {
  let siteDir = process.env['TEST_SITE_DIR'];
  if (!siteDir) {
    siteDir = resolve('.test-dist');
    const started = performance.now();
    // A repository and a contact address, so the correction links are built and tested; the build
    // date pinned, so the tests see the same site on any day.
    const env = {
      ...process.env,
      BUILD_DATE: TEST_DATE,
      REPO_URL: 'https://example.org/huawei-tracker',
      CONTACT_EMAIL: 'corrections@example.org',
    };
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', siteDir], { encoding: 'utf8', env });
    if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
    console.log(`[setup] built the site into ${siteDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const { server, url } = await serveStatic(resolve(siteDir));
  return { siteDir: resolve(siteDir), url, server };
}

export default async function setup(project: TestProject) {
  shared.users += 1;
  shared.site ??= buildAndServe();
  const { siteDir, url } = await shared.site;
  project.provide('siteDir', siteDir);
  project.provide('baseUrl', url);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) {
      const { server } = await shared.site!;
      await new Promise<void>((done) => server.close(() => done()));
    }
  };
}
