// The production build: validate → astro build → Pagefind index → swap into dist/.
// Every step writes into a fresh temporary folder; dist/ is replaced only when all of them succeed,
// so a failed build leaves the last good site untouched and exits non-zero.
//
//   BUILD_DATE=2026-11-22 node scripts/build.ts [--out dist] [--content content]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from './lib/build-date.ts';
import { indexSite } from './lib/index-site.ts';
import { runValidation } from './validate.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' } },
});
const outDir = resolve(values.out);
// Siblings of the output folder, so the final renames stay on one file system.
const tmpDir = `${outDir}.tmp-${process.pid}`;
const oldDir = `${outDir}.old-${process.pid}`;
const astroPkg = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = join(dirname(astroPkg), 'bin', 'astro.mjs');

function fail(message: string): never {
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(`\n✗ ${message} ${existsSync(outDir) ? `The previous site in ${values.out}/ is unchanged.` : ''}`);
  process.exit(1);
}

/** Leftovers of builds that were killed before they could clean up (their process is gone). */
function removeStaleTemporaries(): void {
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(dirname(outDir))) {
    const m = /^\.?(?:tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !m) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch {
      rmSync(join(dirname(outDir), name), { recursive: true, force: true });
    }
  }
}

const started = performance.now();
removeStaleTemporaries();
const today = buildDate();
if (!runValidation(values.content, today).ok) fail('Validation failed.');

const astro = spawnSync(process.execPath, [astroBin, 'build', '--outDir', tmpDir], {
  stdio: 'inherit',
  env: { ...process.env, BUILD_DATE: today, CONTENT_DIR: resolve(values.content), ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail(`astro build failed (exit ${astro.status ?? astro.signal}).`);

try {
  const { files, pages } = await indexSite(tmpDir);
  console.log(`✓ Pagefind read ${files} HTML files and indexed ${pages} entry pages`);
} catch (error) {
  fail(`Search indexing failed: ${(error as Error).message}`);
}

// Swap: the old site is moved aside first, so dist/ is never half-written.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Built ${values.out}/ for ${today} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
