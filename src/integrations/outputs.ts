// The site's outputs besides the pages, made inside Astro's own build (as Starlight adds Pagefind):
// - astro:build:start starts src/build/write-outputs.ts in its own process, which validates the
//   content and writes the data files (JSON API, CSV, feeds, calendar, badges) and the Pagefind
//   index into a folder beside the output, while Astro renders the pages on the other core;
// - astro:build:done waits for it and moves the files into the output.
// Any failure fails the build (Astro exits non-zero), so a broken index never ships.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveTree } from '../build/move-tree.ts';

export interface OutputsOptions {
  /** The content folder the data files are written from (the same one the collections read). */
  contentDir: string;
  /** Filled at build:done with each entry page's last-modified date, for the sitemap. */
  lastmod?: Map<string, string>;
}

const WORKER = fileURLToPath(new URL('../build/write-outputs.ts', import.meta.url));

function runWorker(contentDir: string, outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, contentDir, outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`data files failed (exit ${code}):\n${out}`)),
    );
  });
}

export function outputs({ contentDir, lastmod }: OutputsOptions): AstroIntegration {
  let outDir = '';
  let dataDir = '';
  let job: Promise<string> | undefined;
  return {
    name: 'huawei-tracker:outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
        dataDir = `${outDir}.data-${process.pid}`;
      },
      'astro:build:start': () => {
        rmSync(dataDir, { recursive: true, force: true });
        job = runWorker(contentDir, dataDir);
        // Reported at build:done; without a handler a failure here would be an unhandled rejection.
        job.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/+$/, '');
        try {
          logger.info(await job!);
          moveTree(dataDir, site);
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
        if (lastmod) {
          const list = JSON.parse(readFileSync(`${site}/api/v1/entries.json`, 'utf8')) as {
            entries: { url: string; lastChanged: string; lastVerified?: string }[];
          };
          for (const e of list.entries)
            lastmod.set(new URL(e.url).pathname, [e.lastChanged, e.lastVerified ?? ''].sort().at(-1)!);
        }
      },
    },
  };
}
