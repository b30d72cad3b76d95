// The benchmark: how validation, the build, memory, output size and a first search scale with the
// number of entries. For each size it generates synthetic valid content in a temporary folder, then
// times `scripts/validate.ts`, the full build (`scripts/build.ts`: astro + pagefind) and a bare Astro
// build of the same Markdown (scripts/bench/bare-astro), measures the peak memory of every process
// they start, the built output, and what a browser downloads for a first search. It prints tables and
// writes every figure to bench-results/bench-<date>T<time>.json. A command, not a test. Linux only
// (peak memory comes from /proc and GNU time).
//
// --from-content builds copies of the real entries instead (scripts/bench/from-content.ts), at the
// newest date the content states, so the figures hold for entries as they really are.
//
//   npm run bench [-- --sizes 100,1000,10000] [--from-content] [--keep] [--skip-bare] [--seed 1] [--timeout 90]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { type FirstSearch, firstSearch } from './bench/first-search.ts';
import { contentCopies } from './bench/from-content.ts';
import { generateContent } from './bench/generate.ts';
import { newestContentDate } from './lib/content-date.ts';
import { astroBuildSeconds, GNU_TIME, pageFamilyCosts, POLL_MS, runStep, type StepResult } from './bench/processes.ts';
import { fmtKB, fmtMB, indent, optional, report, type SizeResult, step } from './bench/report.ts';
import { GZIP_LEVEL, measureSite } from './bench/site-size.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATED_BUILD_DATE = '2026-11-22';
/** The memory target: no single process above this. */
const PROCESS_LIMIT_BYTES = 2.0e9;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    keep: { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'from-content': { type: 'boolean', default: false },
    /** Minutes before a step is stopped and recorded as timed out. */
    timeout: { type: 'string', default: '90' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes must be positive integers, got "${values.sizes}"`);
const seed = Number(values.seed);
const timeoutMinutes = Number(values.timeout);
const fromContent = values['from-content'];
/** Generated content is dated before this; copies of the real content are valid from its newest date. */
const BUILD_DATE = fromContent ? newestContentDate(join(ROOT, 'content')) : GENERATED_BUILD_DATE;

// ── One size ────────────────────────────────────────────────────────────────────────────────────

interface SizeDirs {
  base: string;
  contentDir: string;
  siteDir: string;
  bareDir: string;
  env: NodeJS.ProcessEnv;
}

/** Our full build (scripts/build.ts), run again once if another build of this project collided with it. */
async function benchBuild({ base, contentDir, siteDir, env }: SizeDirs): Promise<NonNullable<SizeResult['build']>> {
  const buildArgs = ['scripts/build.ts', '--content', contentDir, '--out', siteDir];
  let build = await runStep(process.execPath, buildArgs, env, join(base, 'build.log'), timeoutMinutes);
  let collision: StepResult | undefined;
  if (!build.ok && /ERR_MODULE_NOT_FOUND[^\n]*\.astro\//.test(readFileSync(build.log, 'utf8'))) {
    // Another build of this project started meanwhile and replaced .astro/ under ours: once more.
    step(`build: ${build.exit} — another build of this project collided in .astro/; running it again`);
    collision = build;
    build = await runStep(process.execPath, buildArgs, env, join(base, 'build-2.log'), timeoutMinutes);
  }
  step(
    `build: ${build.exit}, ${build.seconds.toFixed(1)} s, largest process ${fmtMB(build.peakProcessBytes)} (${build.peakProcess})`,
  );
  if (!build.ok) console.log(indent(build.error ?? ''));
  return {
    ...build,
    ...optional('astroSeconds', astroBuildSeconds(build.log)),
    ...optional('families', pageFamilyCosts(build.log)),
    ...optional('collidedFirstAttempt', collision),
  };
}

/** The fair baseline: a bare Astro build of the same Markdown, then Pagefind over its pages. */
async function benchBaseline({
  base,
  contentDir,
  bareDir,
  env,
}: SizeDirs): Promise<Pick<SizeResult, 'bare' | 'barePagefind'>> {
  const bareEnv = {
    ...env,
    CONTENT_DIR: contentDir,
    BARE_ASTRO_CACHE_DIR: join(base, 'bare-cache'),
    NODE_COMPILE_CACHE: join(base, 'bare-compile-cache'),
  };
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'scripts/bench/bare-astro', '--outDir', bareDir];
  const run = await runStep(process.execPath, args, bareEnv, join(base, 'bare.log'), timeoutMinutes);
  const bare = {
    ...run,
    ...optional('astroSeconds', astroBuildSeconds(run.log)),
    ...(run.ok ? { site: measureSite(bareDir) } : {}),
  };
  step(`bare astro: ${run.exit}, ${run.seconds.toFixed(1)} s, largest process ${fmtMB(run.peakProcessBytes)}`);
  if (!run.ok) {
    console.log(indent(run.error ?? ''));
    return { bare };
  }
  const pagefind = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  const indexArgs = [pagefind, '--site', bareDir, '--force-language', 'en'];
  const barePagefind = await runStep(process.execPath, indexArgs, env, join(base, 'bare-pagefind.log'), timeoutMinutes);
  step(`bare pagefind: ${barePagefind.exit}, ${barePagefind.seconds.toFixed(1)} s`);
  return { bare, barePagefind };
}

/** Our time over the baseline's, in wall and in CPU time. */
function ratios(result: SizeResult): Pick<SizeResult, 'ratio' | 'cpuRatio'> {
  const { build, bare, barePagefind } = result;
  if (!build?.ok || !bare || !barePagefind?.ok) return {};
  const wall = bare.seconds + barePagefind.seconds;
  const cpu = (bare.cpuSeconds ?? 0) + (barePagefind.cpuSeconds ?? 0);
  return { ratio: build.seconds / wall, ...(build.cpuSeconds && cpu ? { cpuRatio: build.cpuSeconds / cpu } : {}) };
}

/** A first search on the built site, for a prefix of a generated name as a reader types it. */
async function benchFirstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  try {
    const result = await firstSearch(siteDir, query);
    step(
      `first search "${query}": ${result.note ?? `${result.results} ${fmtKB(result.transferBytes)} in ${result.requests.length} requests`}`,
    );
    return result;
  } catch (error) {
    const note = `failed: ${(error as Error).message.split('\n')[0]}`;
    step(`first search: ${note}`);
    return { query, requests: [], transferBytes: 0, rawBytes: 0, byKind: {}, note };
  }
}

async function benchSize(n: number): Promise<SizeResult> {
  const base = mkdtempSync(join(os.tmpdir(), `huawei-bench-${n}-`));
  const dirs: SizeDirs = {
    base,
    contentDir: join(base, 'content'),
    siteDir: join(base, 'site'),
    bareDir: join(base, 'bare-site'),
    // A build to publish, as it ships: an address and a corrections channel (any will do here).
    env: {
      ...process.env,
      BUILD_DATE,
      SITE_URL: 'https://tracker.example.org',
      REPO_URL: 'https://example.org/huawei-tracker',
      ASTRO_TELEMETRY_DISABLED: '1',
      // Astro turns on Node's compile cache, by default in the system's temporary folder, where each
      // build adds its chunks under new paths (55 MB at 10,000 entries): a series of benchmarks would
      // fill it and slow later runs. Each step starts cold in a folder of its own, as a CI build does.
      NODE_COMPILE_CACHE: join(base, 'compile-cache'),
    },
  };
  console.log(`\n▸ ${n.toLocaleString('en')} entries in ${base}`);

  const t0 = performance.now();
  const { entries, ...generated } = fromContent
    ? contentCopies(dirs.contentDir, n, join(ROOT, 'content'))
    : generateContent(dirs.contentDir, n, seed);
  const result: SizeResult = {
    entries: n,
    content: { ...generated, generateSeconds: (performance.now() - t0) / 1000, dir: base },
  };
  step(
    `${fromContent ? 'copied the real entries:' : 'generated'} ${generated.events.toLocaleString('en')} events, ${fmtMB(generated.bytes)} of Markdown`,
  );

  const validateArgs = ['scripts/validate.ts', dirs.contentDir];
  result.validate = await runStep(process.execPath, validateArgs, dirs.env, join(base, 'validate.log'), timeoutMinutes);
  step(`validate: ${result.validate.exit}, ${result.validate.seconds.toFixed(1)} s`);

  result.build = await benchBuild(dirs);
  if (!values['skip-bare']) Object.assign(result, await benchBaseline(dirs));
  Object.assign(result, ratios(result));

  if (result.build.ok) {
    result.site = measureSite(dirs.siteDir);
    step(`measured ${result.site.htmlPages.toLocaleString('en')} pages, ${fmtMB(result.site.bytes)}`);
    const query = entries[Math.floor(entries.length / 2)]!.name.slice(0, 4).toLowerCase();
    result.firstSearch = await benchFirstSearch(dirs.siteDir, query);
  }

  const steps = [result.validate, result.build, result.bare, result.barePagefind].filter(
    (s): s is StepResult => s !== undefined,
  );
  result.peakProcessBytes = steps.reduce((m, s) => Math.max(m, s.peakProcessBytes), 0);
  result.underProcessLimit = result.peakProcessBytes <= PROCESS_LIMIT_BYTES;
  if (!values.keep) rmSync(base, { recursive: true, force: true });
  return result;
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────────

const startedAt = new Date();
const stamp = startedAt.toISOString().slice(0, 19).replace(/:/g, '-');
const outFile = join(ROOT, 'bench-results', `bench-${stamp}.json`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? '?',
  totalMemoryBytes: os.totalmem(),
  node: process.version,
  v8HeapLimitBytes: getHeapStatistics().heap_size_limit,
  platform: `${os.platform()} ${os.release()}`,
  loadAverageAtStart: os.loadavg(),
  memoryMeasuredWith: existsSync(GNU_TIME)
    ? `${GNU_TIME} -v and /proc VmHWM polling every ${POLL_MS} ms`
    : `/proc VmHWM polling every ${POLL_MS} ms`,
};
console.log(
  `Benchmark: sizes ${sizes.join(', ')}, ${fromContent ? 'copies of the real entries' : `seed ${seed}`}, BUILD_DATE ${BUILD_DATE}; ${machine.cpus} CPUs, ${fmtMB(machine.totalMemoryBytes)} RAM, Node ${machine.node}`,
);
console.log(
  `Sizes: 1 MB = 10^6 bytes, gzip level 9. Peak memory is the largest single process (target: none above ${PROCESS_LIMIT_BYTES / 1e9} GB).`,
);

const results: SizeResult[] = [];
const save = () =>
  writeFileSync(
    outFile,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), buildDate: BUILD_DATE, content: fromContent ? 'copies of content/' : 'generated', seed, sizes, gzipLevel: GZIP_LEVEL, processLimitBytes: PROCESS_LIMIT_BYTES, machine: { ...machine, loadAverageAtEnd: os.loadavg() }, results }, null, 2)}\n`,
  );
for (const n of sizes) {
  results.push(await benchSize(n));
  save(); // after every size, so a later failure keeps the earlier figures
}
console.log(`\n${report(results)}\n\nWrote ${relative(ROOT, outFile)}`);
