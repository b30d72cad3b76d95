// The benchmark: how validation, the build, memory, output size and a first search scale with the
// number of entries. For each size it generates synthetic valid content in a temporary folder, then
// times `scripts/validate.ts`, the full build (`scripts/build.ts`: astro + pagefind) and a bare Astro
// build of the same Markdown (scripts/bench/bare-astro), measures the peak memory of every process
// they start, the built output, and what a browser downloads for a first search. It prints tables and
// writes every figure to bench-results/bench-<date>T<time>.json. A command, not a test. Linux only
// (peak memory comes from /proc and GNU time).
//
//   npm run bench [-- --sizes 100,1000,10000] [--keep] [--skip-bare] [--seed 1] [--timeout 90]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { firstSearch } from './bench/first-search.ts';
import { generateContent } from './bench/generate.ts';
import { astroBuildSeconds, GNU_TIME, pageFamilyCosts, POLL_MS, runStep, type StepResult } from './bench/processes.ts';
import { fmtKB, fmtMB, indent, optional, report, type SizeResult, step } from './bench/report.ts';
import { GZIP_LEVEL, measureSite } from './bench/site-size.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DATE = '2026-11-22';
/** The memory target: no single process above this. */
const PROCESS_LIMIT_BYTES = 2.0e9;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    keep: { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    /** Minutes before a step is stopped and recorded as timed out. */
    timeout: { type: 'string', default: '90' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes must be positive integers, got "${values.sizes}"`);
const seed = Number(values.seed);
const timeoutMinutes = Number(values.timeout);

// ── One size ────────────────────────────────────────────────────────────────────────────────────

async function benchSize(n: number): Promise<SizeResult> {
  const base = mkdtempSync(join(os.tmpdir(), `huawei-bench-${n}-`));
  const contentDir = join(base, 'content');
  const siteDir = join(base, 'site');
  const bareDir = join(base, 'bare-site');
  const env = { ...process.env, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1' };
  console.log(`\n▸ ${n.toLocaleString('en')} entries in ${base}`);

  const t0 = performance.now();
  const { entries, ...generated } = generateContent(contentDir, n, seed);
  const result: SizeResult = {
    entries: n,
    content: { ...generated, generateSeconds: (performance.now() - t0) / 1000, dir: base },
  };
  step(`generated ${generated.events.toLocaleString('en')} events, ${fmtMB(generated.bytes)} of Markdown`);

  result.validate = await runStep(
    process.execPath,
    ['scripts/validate.ts', contentDir],
    env,
    join(base, 'validate.log'),
    timeoutMinutes,
  );
  step(`validate: ${result.validate.exit}, ${result.validate.seconds.toFixed(1)} s`);

  const buildArgs = ['scripts/build.ts', '--content', contentDir, '--out', siteDir];
  let build = await runStep(process.execPath, buildArgs, env, join(base, 'build.log'), timeoutMinutes);
  let collision: StepResult | undefined;
  if (!build.ok && /ERR_MODULE_NOT_FOUND[^\n]*\.astro\//.test(readFileSync(build.log, 'utf8'))) {
    // Another build of this project started meanwhile and replaced .astro/ under ours: once more.
    step(`build: ${build.exit} — another build of this project collided in .astro/; running it again`);
    collision = build;
    build = await runStep(process.execPath, buildArgs, env, join(base, 'build-2.log'), timeoutMinutes);
  }
  result.build = {
    ...build,
    ...optional('astroSeconds', astroBuildSeconds(build.log)),
    ...optional('families', pageFamilyCosts(build.log)),
    ...optional('collidedFirstAttempt', collision),
  };
  step(
    `build: ${build.exit}, ${build.seconds.toFixed(1)} s, largest process ${fmtMB(build.peakProcessBytes)} (${build.peakProcess})`,
  );
  if (!build.ok) console.log(indent(build.error ?? ''));

  if (!values['skip-bare']) {
    const bareEnv = { ...env, CONTENT_DIR: contentDir, BARE_ASTRO_CACHE_DIR: join(base, 'bare-cache') };
    const args = [
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--root',
      'scripts/bench/bare-astro',
      '--outDir',
      bareDir,
    ];
    const bare = await runStep(process.execPath, args, bareEnv, join(base, 'bare.log'), timeoutMinutes);
    result.bare = {
      ...bare,
      ...optional('astroSeconds', astroBuildSeconds(bare.log)),
      ...(bare.ok ? { site: measureSite(bareDir) } : {}),
    };
    step(`bare astro: ${bare.exit}, ${bare.seconds.toFixed(1)} s, largest process ${fmtMB(bare.peakProcessBytes)}`);
    if (!bare.ok) console.log(indent(bare.error ?? ''));
    // The fair baseline indexes the same pages for search, as our build does: bare Astro plus Pagefind.
    if (bare.ok) {
      const pagefind = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
      const indexArgs = [pagefind, '--site', bareDir, '--force-language', 'en'];
      result.barePagefind = await runStep(
        process.execPath,
        indexArgs,
        env,
        join(base, 'bare-pagefind.log'),
        timeoutMinutes,
      );
      step(`bare pagefind: ${result.barePagefind.exit}, ${result.barePagefind.seconds.toFixed(1)} s`);
    }
    const baseline = result.barePagefind?.ok ? [bare, result.barePagefind] : undefined;
    if (build.ok && baseline) {
      const wall = baseline.reduce((n, s) => n + s.seconds, 0);
      result.ratio = build.seconds / wall;
      const cpu = baseline.reduce((n, s) => n + (s.cpuSeconds ?? 0), 0);
      if (build.cpuSeconds && cpu) result.cpuRatio = build.cpuSeconds / cpu;
    }
  }

  if (build.ok) {
    result.site = measureSite(siteDir);
    step(`measured ${result.site.htmlPages.toLocaleString('en')} pages, ${fmtMB(result.site.bytes)}`);
    // A prefix of a generated name, as a reader types it.
    const query = entries[Math.floor(entries.length / 2)]!.name.slice(0, 4).toLowerCase();
    try {
      result.firstSearch = await firstSearch(siteDir, query);
      step(
        `first search "${query}": ${result.firstSearch.note ?? `${result.firstSearch.results} ${fmtKB(result.firstSearch.transferBytes)} in ${result.firstSearch.requests.length} requests`}`,
      );
    } catch (error) {
      result.firstSearch = {
        query,
        requests: [],
        transferBytes: 0,
        rawBytes: 0,
        byKind: {},
        note: `failed: ${(error as Error).message.split('\n')[0]}`,
      };
      step(`first search: ${result.firstSearch.note}`);
    }
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
  `Benchmark: sizes ${sizes.join(', ')}, seed ${seed}, BUILD_DATE ${BUILD_DATE}; ${machine.cpus} CPUs, ${fmtMB(machine.totalMemoryBytes)} RAM, Node ${machine.node}`,
);
console.log(
  'Sizes: 1 MB = 10^6 bytes, gzip level 9. Peak memory is the largest single process (target: none above 2.5 GB).',
);

const results: SizeResult[] = [];
const save = () =>
  writeFileSync(
    outFile,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), buildDate: BUILD_DATE, seed, sizes, gzipLevel: GZIP_LEVEL, processLimitBytes: PROCESS_LIMIT_BYTES, machine: { ...machine, loadAverageAtEnd: os.loadavg() }, results }, null, 2)}\n`,
  );
for (const n of sizes) {
  results.push(await benchSize(n));
  save(); // after every size, so a later failure keeps the earlier figures
}
console.log(`\n${report(results)}\n\nWrote ${relative(ROOT, outFile)}`);
