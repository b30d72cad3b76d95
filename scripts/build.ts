// The production build: validate → Astro pages (in parallel shards) + data files → sitemap →
// Pagefind index → swap into dist/. Every step writes into fresh temporary folders; dist/ is
// replaced only when all of them succeed, so a failed build leaves the last good site untouched and
// exits non-zero.
//
//   BUILD_DATE=2026-11-22 node scripts/build.ts [--out dist] [--content content] [--shards N]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from '../src/data/site.ts';
import { sitemapFiles } from '../src/lib/sitemap.ts';
import { buildDate } from './lib/build-date.ts';
import { indexSite } from './lib/index-site.ts';
import { writeDataFiles } from './lib/write-data-files.ts';
import { runValidation } from './validate.ts';

/**
 * Entries from which the Astro build is split into two processes. Each process loads all content,
 * so on this two-core machine two shards were no faster at 10,000 entries (113 s of CPU against 79 s
 * for one): the split is there for machines with more cores (`--shards N`), and off by default.
 */
const SHARD_THRESHOLD = Number.POSITIVE_INFINITY;

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
    shards: { type: 'string' },
  },
});
const root = resolve('.');
const outDir = resolve(values.out);
// Siblings of the output folder, so the final renames stay on one file system.
const tmpDir = `${outDir}.tmp-${process.pid}`;
const oldDir = `${outDir}.old-${process.pid}`;
// Astro shards build inside the project: Astro keeps its intermediate files beside an output folder
// inside the project, but in a single shared .astro/ folder for one outside it, where shards would clash.
const workDir = join(root, '.build', String(process.pid));
const astroPkg = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = join(dirname(astroPkg), 'bin', 'astro.mjs');

function cleanUp(): void {
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
}

function fail(message: string): never {
  cleanUp();
  console.error(`\n✗ ${message} ${existsSync(outDir) ? `The previous site in ${values.out}/ is unchanged.` : ''}`);
  process.exit(1);
}

/** Move every file of `from` to the same place under `to`, creating folders; then remove `from`. */
function moveTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, d.name);
    const dst = join(to, d.name);
    if (d.isDirectory() && existsSync(dst)) moveTree(src, dst);
    else if (!existsSync(dst)) renameSync(src, dst);
    // else: a file every shard renders (the home page, assets) — identical, keep the first.
  }
  rmSync(from, { recursive: true, force: true });
}

/** Leftovers of builds that were killed before they could clean up (their process is gone). */
function removeStaleTemporaries(): void {
  const isDead = (pid: number) => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(dirname(outDir))) {
    const m = /^(?:tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (name.startsWith(prefix) && m && isDead(Number(m[1]))) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
  const builds = join(root, '.build');
  if (existsSync(builds)) {
    for (const name of readdirSync(builds)) if (/^\d+$/.test(name) && isDead(Number(name))) rmSync(join(builds, name), { recursive: true, force: true });
  }
}

function walkHtml(dir: string, base = '', out: string[] = []): string[] {
  for (const d of readdirSync(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${d.name}` : d.name;
    if (d.isDirectory()) walkHtml(dir, rel, out);
    else if (d.name.endsWith('.html')) out.push(rel);
  }
  return out;
}

const started = performance.now();
let stepStart = started;
/** Seconds since the previous step, for the build log (the benchmark reads these). */
function step(): string {
  const now = performance.now();
  const s = ((now - stepStart) / 1000).toFixed(1);
  stepStart = now;
  return `${s} s`;
}

removeStaleTemporaries();
const today = buildDate();
const contentDir = resolve(values.content);
// The file count decides the number of shards before validation has read anything.
const entryFiles = ['countries', 'companies', 'organizations']
  .map((k) => join(contentDir, k))
  .filter((d) => existsSync(d))
  .reduce((n, d) => n + readdirSync(d).length, 0);
const shards = values.shards ? Math.max(1, Number(values.shards)) : entryFiles >= SHARD_THRESHOLD ? Math.min(2, availableParallelism()) : 1;

/**
 * One Astro process. It starts at once, in parallel with validation; its output is held back until
 * the content is known to be valid, so a failed validation shows only the validator's report.
 */
function astroShard(index: number) {
  const dir = join(workDir, `astro-${index}`);
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      BUILD_DATE: today,
      CONTENT_DIR: contentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      SHARD_INDEX: String(index),
      SHARD_COUNT: String(shards),
      // Each shard keeps its own content cache, so parallel shards never write the same file.
      ASTRO_CACHE_DIR: join(workDir, `cache-${index}`),
    },
  });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let live = false;
  child.stdout.on('data', (b: Buffer) => (live ? process.stdout.write(b) : held.push([process.stdout, b])));
  child.stderr.on('data', (b: Buffer) => (live ? process.stderr.write(b) : held.push([process.stderr, b])));
  const done = new Promise<number | string>((ok) => child.on('close', (code, signal) => ok(code ?? signal ?? 'unknown')));
  const release = () => {
    for (const [stream, b] of held) stream.write(b);
    held.length = 0;
    live = true;
  };
  return { dir, done, child, release };
}

mkdirSync(workDir, { recursive: true });
const astros = Array.from({ length: shards }, (_, i) => astroShard(i));

const validation = runValidation(values.content, today);
if (!validation.ok) {
  for (const a of astros) a.child.kill();
  await Promise.all(astros.map((a) => a.done));
  fail('Validation failed.');
}
console.log(`✓ Validated in ${step()} (Astro started alongside)`);
for (const a of astros) a.release();

// Meanwhile, in this process: the data files.
const dataDir = join(workDir, 'data');
let written = 0;
try {
  written = writeDataFiles(dataDir, validation.entries, { site: new URL(SITE_URL), buildDate: today, siteName: SITE_NAME, tagline: SITE_TAGLINE });
} catch (error) {
  for (const a of astros) a.child.kill();
  await Promise.all(astros.map((a) => a.done));
  fail(`Writing data files failed: ${(error as Error).message}`);
}
const dataTime = step();
const exits = await Promise.all(astros.map((a) => a.done));
if (exits.some((e) => e !== 0)) fail(`astro build failed (exit ${exits.join(', ')}).`);
console.log(`✓ astro build (${shards} ${shards === 1 ? 'process' : 'processes'}) in ${step()} more; data files: ${written} in ${dataTime}, meanwhile`);

for (const a of astros) moveTree(a.dir, tmpDir);
moveTree(dataDir, tmpDir);
const lastmod = new Map(validation.entries.map((e) => [`${e.kind}/${e.slug}/index.html`, e.data.lastVerified]));
const pages = walkHtml(tmpDir).filter((p) => p !== '404.html');
const site = new URL(SITE_URL);
for (const f of sitemapFiles(pages.map((p) => ({ loc: new URL(p.replace(/index\.html$/, ''), site).href, lastmod: lastmod.get(p) })), site)) {
  writeFileSync(join(tmpDir, f.path), f.body);
}
console.log(`✓ Merged ${pages.length + 1} pages and the sitemap in ${step()}`);

try {
  const { files, pages: indexed } = await indexSite(tmpDir);
  console.log(`✓ Pagefind read ${files} HTML files and indexed ${indexed} pages in ${step()}`);
} catch (error) {
  fail(`Search indexing failed: ${(error as Error).message}`);
}

// Swap: the old site is moved aside first, so dist/ is never half-written.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
cleanUp();
// Deleting a large old site takes seconds (16 s at 10,000 entries): it happens in the background,
// and a removal cut short is finished by the next build (removeStaleTemporaries).
if (existsSync(oldDir)) spawn('rm', ['-rf', oldDir], { detached: true, stdio: 'ignore' }).unref();
console.log(`✓ Built ${values.out}/ for ${today} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
