// The site's outputs besides the pages, made inside Astro's own build (as Starlight adds Pagefind):
// - astro:config:done reads the public address and base path from Astro's resolved configuration;
// - astro:build:start starts src/build/write-outputs.ts in its own process, handing it that address
//   and the build date, and it validates the content and writes the data files (JSON API, CSV,
//   feeds, calendar, badges) and the Pagefind index into a folder beside the output, while Astro
//   renders the pages on the other core;
// - astro:build:done waits for it, moves the files into the output and, for a site served under a
//   base path, puts the pages' site paths under it (src/lib/rebase.ts).
// Any failure fails the build (Astro exits non-zero), so a broken index never ships.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LASTMOD_FILE } from '../build/write-outputs.ts';
import { moveTree } from '../build/move-tree.ts';
import { rebaseHtml } from '../lib/rebase.ts';

export interface OutputsOptions {
  /** The content folder the data files are written from (the same one the collections read). */
  contentDir: string;
  /** The build date (YYYY-MM-DD), read once with the other settings in astro.config.mjs. */
  buildDate: string;
  /** The content as scripts/build.ts validated it (a v8-serialised file), so the worker need not validate again. */
  validated?: string | undefined;
  /** Filled at build:done with each entry page's last-modified date, for the sitemap. */
  lastmod?: Map<string, string>;
}

const WORKER = fileURLToPath(new URL('../build/write-outputs.ts', import.meta.url));

function runWorker(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`data files failed (exit ${code}):\n${out}`)),
    );
  });
}

/** Every HTML file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

export function outputs({ contentDir, buildDate, validated, lastmod }: OutputsOptions): AstroIntegration {
  let outDir = '';
  let dataDir = '';
  let siteUrl = '';
  let base = '/';
  let job: Promise<string> | undefined;
  return {
    name: 'huawei-tracker:outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
        dataDir = `${outDir}.data-${process.pid}`;
        if (!config.site) throw new Error('`site` is not set: the data files need the public address');
        base = `${config.base.replace(/\/+$/, '')}/`;
        siteUrl = new URL(base, config.site).href;
      },
      'astro:build:start': () => {
        rmSync(dataDir, { recursive: true, force: true });
        job = runWorker([contentDir, dataDir, siteUrl, buildDate, ...(validated ? [validated] : [])]);
        // Reported at build:done; without a handler a failure here would be an unhandled rejection.
        job.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/+$/, '');
        try {
          logger.info(await job!);
          const dates = JSON.parse(readFileSync(join(dataDir, LASTMOD_FILE), 'utf8')) as Record<string, string>;
          rmSync(join(dataDir, LASTMOD_FILE));
          for (const [path, date] of Object.entries(dates)) lastmod?.set(`${base.slice(0, -1)}${path}`, date);
          moveTree(dataDir, site);
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
        if (base !== '/') {
          const files = htmlFiles(site);
          for (const file of files) writeFileSync(file, rebaseHtml(readFileSync(file, 'utf8'), base));
          logger.info(`${files.length} pages put under the base path ${base}`);
        }
      },
    },
  };
}
