// The benchmark: how validation, the build, memory, output size and a first search scale with the
// number of entries. For each size it generates synthetic valid content in a temporary folder, then
// times `scripts/validate.ts`, the full build (`scripts/build.ts`: astro + pagefind) and a bare Astro
// build of the same Markdown (scripts/bench/bare-astro), measures the peak memory of every process
// they start, the built output, and what a browser downloads for a first search. It prints tables and
// writes every figure to bench-results/bench-<date>T<time>.json. A command, not a test. Linux only
// (peak memory comes from /proc and GNU time).
//
//   npm run bench [-- --sizes 100,1000,10000] [--keep] [--skip-bare] [--seed 1] [--timeout 90]
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { getHeapStatistics } from 'node:v8';
import { CHROMIUM } from './ensure-chromium.ts';
import { generateContent, type GeneratedContent } from './bench/generate.ts';
import { serveStatic } from './lib/serve-static.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DATE = '2026-11-22';
const GNU_TIME = '/usr/bin/time';
const GZIP_LEVEL = 9;
/** The memory target: no single process above this. */
const PROCESS_LIMIT_BYTES = 2.5e9;
const POLL_MS = 100;

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
const timeoutMs = Number(values.timeout) * 60_000;

// ── Processes: wall time, and peak memory of every process in the tree ─────────────────────────

interface ProcessPeak {
  label: string;
  pids: number;
  /** Highest VmHWM (peak resident set) of any one process with this label. */
  peakBytes: number;
  /** CPU time (user + system) of all processes with this label, as last seen. */
  cpuSeconds: number;
  /** From first to last sighting, at POLL_MS resolution (the longest-lived process with this label). */
  seconds: number;
}

interface StepResult {
  ok: boolean;
  exit: string;
  seconds: number;
  /** GNU time's "Maximum resident set size": the largest single process of the tree it waited for. */
  maxRssBytes?: number;
  cpuSeconds?: number;
  /** Per process, from polling /proc every POLL_MS. */
  processes: ProcessPeak[];
  /** The largest single process seen by either method. */
  peakProcessBytes: number;
  peakProcess: string;
  /** What else the machine did meanwhile: timings are only comparable when this is small. */
  machine: {
    otherCpuSeconds: number;
    loadAverage: [number, number];
    waitedForOtherBuildsSeconds: number;
    otherBuildsRunningAtEnd?: number;
  };
  log: string;
  error?: string;
}

interface ProcRecord {
  label: string;
  peakKb: number;
  cpuTicks: number;
  firstSeen: number;
  lastSeen: number;
}

const CLK_TCK = 100;

function procLabel(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const exe = basename(argv[0] ?? '?');
    if (!exe.startsWith('node')) return exe === 'time' ? '/usr/bin/time' : exe;
    const script = argv.slice(1).find((a) => !a.startsWith('-'));
    if (!script) return 'node';
    const short = script.startsWith(ROOT) ? relative(ROOT, script) : script;
    const sub = argv[argv.indexOf(script) + 1];
    return `node ${short.replace(/^node_modules\/astro\/bin\//, 'astro/')}${sub && !sub.startsWith('-') && sub.length < 12 ? ` ${sub}` : ''}`;
  } catch {
    return '?';
  }
}

/** Polls /proc for every descendant of a process: peak resident memory (VmHWM), CPU time, lifetime. */
function watchTree(rootPid: number) {
  const records = new Map<number, ProcRecord>();
  const sample = () => {
    const now = performance.now();
    const children = new Map<number, number[]>();
    const ticks = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ppid = Number(fields[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
        ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
      } catch {
        // the process ended while we looked
      }
    }
    const queue = [rootPid];
    while (queue.length) {
      const pid = queue.shift()!;
      queue.push(...(children.get(pid) ?? []));
      let hwm: string | undefined;
      try {
        hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      } catch {
        continue;
      }
      if (hwm === undefined) continue; // a zombie: its figures were taken while it ran
      const record = records.get(pid) ?? { label: '', peakKb: 0, cpuTicks: 0, firstSeen: now, lastSeen: now };
      // Read every time: a process first seen between fork and exec still shows its parent's command.
      const label = procLabel(pid);
      if (label !== '?' && label !== record.label) {
        // exec: the figures seen so far were the parent's copy-on-write image (fork), not this program's.
        record.label = label;
        record.peakKb = 0;
      }
      record.peakKb = Math.max(record.peakKb, Number(hwm));
      record.cpuTicks = Math.max(record.cpuTicks, ticks.get(pid) ?? 0);
      record.lastSeen = now;
      records.set(pid, record);
    }
  };
  sample();
  const timer = setInterval(sample, POLL_MS);
  return {
    stop(): ProcessPeak[] {
      clearInterval(timer);
      const byLabel = new Map<string, ProcessPeak>();
      for (const r of records.values()) {
        if (r.label === '/usr/bin/time') continue;
        const label = r.label || '?';
        const p = byLabel.get(label) ?? { label, pids: 0, peakBytes: 0, cpuSeconds: 0, seconds: 0 };
        p.pids += 1;
        p.peakBytes = Math.max(p.peakBytes, r.peakKb * 1024);
        p.cpuSeconds += r.cpuTicks / CLK_TCK;
        p.seconds = Math.max(p.seconds, (r.lastSeen - r.firstSeen) / 1000);
        byLabel.set(label, p);
      }
      return [...byLabel.values()].sort((a, b) => b.peakBytes - a.peakBytes);
    },
  };
}

function parseGnuTime(text: string): { maxRssBytes?: number; cpuSeconds?: number; exit?: string } {
  const num = (re: RegExp) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  const signal = num(/Command terminated by signal (\d+)/);
  return {
    ...(rss !== undefined ? { maxRssBytes: rss * 1024 } : {}),
    ...(user !== undefined && sys !== undefined ? { cpuSeconds: user + sys } : {}),
    ...(signal !== undefined ? { exit: `signal ${signal}` } : {}),
  };
}

/** The lines of a log that explain a failure: from the first error line on (at most 20), else the last lines. */
function errorText(log: string): string {
  const lines = readFileSync(log, 'utf8')
    // eslint-disable-next-line no-control-regex -- strips terminal colour codes from the build log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n');
  const first = lines.findIndex((l) => /error|fatal|killed|heap out of memory|✗/i.test(l));
  return (first >= 0 ? lines.slice(first, first + 20) : lines.slice(-15)).join('\n').trim();
}

/** Busy CPU seconds of the whole machine so far (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLK_TCK;
}

/**
 * Other `astro build`s of this project (another developer's build, the site tests). Builds of one
 * root share .astro/ and collide (ERR_MODULE_NOT_FOUND in .astro/.prerender), so we wait for them.
 */
function otherAstroBuilds(): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const argv = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (!argv.some((a) => /(^|\/)astro(\.mjs)?$/.test(a)) || !argv.includes('build') || argv.includes('--root'))
        continue;
      if (readlinkSync(`/proc/${name}/cwd`) === ROOT.replace(/\/$/, '')) found.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

async function waitForOtherBuilds(): Promise<number> {
  const started = performance.now();
  let others = otherAstroBuilds();
  if (others.length) step(`waiting for another astro build of this project to finish (pid ${others.join(', ')})…`);
  while (others.length && performance.now() - started < 15 * 60_000) {
    await new Promise((r) => setTimeout(r, 2000));
    others = otherAstroBuilds();
  }
  return (performance.now() - started) / 1000;
}

/** Run one command, output to a log file, under GNU time when present, watching its process tree. */
async function runStep(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<StepResult> {
  const timeFile = `${log}.time`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const waitedSeconds = await waitForOtherBuilds();
  const fd = openSync(log, 'w');
  const busyBefore = machineBusySeconds();
  const loadBefore = os.loadavg()[0]!;
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', fd, fd], detached: true });
  const watcher = watchTree(child.pid!);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL'); // the whole process group this step started
  }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('exit', (c, s) => resolve([c, s])),
  );
  const seconds = (performance.now() - started) / 1000;
  clearTimeout(timer);
  closeSync(fd);
  const processes = watcher.stop();
  const machineCpu = machineBusySeconds() - busyBefore;
  const concurrent = otherAstroBuilds();
  const gnu = useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : {};
  const ok = code === 0 && !timedOut;
  const exit = timedOut
    ? `timed out after ${values.timeout} min`
    : (gnu.exit ?? (signal ? `signal ${signal}` : `exit ${code}`));
  const top = processes[0];
  const peakProcessBytes = Math.max(gnu.maxRssBytes ?? 0, top?.peakBytes ?? 0);
  const ownCpu = gnu.cpuSeconds ?? processes.reduce((n, p) => n + p.cpuSeconds, 0);
  return {
    ok,
    exit,
    seconds,
    machine: {
      otherCpuSeconds: Math.max(0, machineCpu - ownCpu),
      loadAverage: [loadBefore, os.loadavg()[0]!],
      waitedForOtherBuildsSeconds: waitedSeconds,
      ...(concurrent.length ? { otherBuildsRunningAtEnd: concurrent.length } : {}),
    },
    ...(gnu.maxRssBytes !== undefined ? { maxRssBytes: gnu.maxRssBytes } : {}),
    ...(gnu.cpuSeconds !== undefined ? { cpuSeconds: gnu.cpuSeconds } : {}),
    processes,
    peakProcessBytes,
    peakProcess: top && top.peakBytes >= peakProcessBytes * 0.95 ? top.label : 'see maxRssBytes',
    log,
    ...(ok ? {} : { error: errorText(log) }),
  };
}

/** Astro's own total: "[build] 165 page(s) built in 8.54s" (or "812ms", or "3m 51s"). */
function astroBuildSeconds(log: string): number | undefined {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes from the build log
  const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const m = /page\(s\) built in (?:(\d+)m (\d+)s|([\d.]+)(ms|s))/.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[3]) / (m[4] === 'ms' ? 1000 : 1);
}

// ── The built output ────────────────────────────────────────────────────────────────────────────

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: GZIP_LEVEL }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const stats = (xs: number[]) => ({
  total: xs.reduce((a, b) => a + b, 0),
  mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0,
  median: median(xs),
  max: xs.reduce((m, x) => Math.max(m, x), 0),
});

function listFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { path: relative(dir, path).split('\\').join('/'), bytes: statSync(path).size };
    });
}

function measureSite(dir: string) {
  const files = listFiles(dir);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const entryPage = /^(countries|companies|organizations)\/[^/]+\/index\.html$/;
  const gz = html.map((f) => gzipSize(readFileSync(join(dir, f.path))));
  const largest = [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  const pagefind = files.filter((f) => f.path.startsWith('pagefind/'));
  const part = (re: RegExp) => {
    const list = pagefind.filter((f) => re.test(f.path));
    return { files: list.length, bytes: list.reduce((n, f) => n + f.bytes, 0) };
  };
  const byExtension: Record<string, { files: number; bytes: number }> = {};
  for (const f of files) {
    const e = (byExtension[/\.[^./]+$/.exec(f.path)?.[0] ?? '(none)'] ??= { files: 0, bytes: 0 });
    e.files += 1;
    e.bytes += f.bytes;
  }
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    byExtension,
    htmlPages: html.length,
    entryPages: html.filter((f) => entryPage.test(f.path)).length,
    htmlRaw: stats(html.map((f) => f.bytes)),
    htmlGzip: stats(gz),
    largestPages: largest.map((f) => ({ path: f.path, bytes: f.bytes })),
    pagefind: {
      files: pagefind.length,
      bytes: pagefind.reduce((n, f) => n + f.bytes, 0),
      index: part(/\.pf_index$/),
      fragment: part(/\.pf_fragment$/),
      filter: part(/\.pf_filter$/),
      meta: part(/\.pf_meta$/),
    },
  };
}

// ── A first search in Chromium ──────────────────────────────────────────────────────────────────

interface FirstSearch {
  query: string;
  results?: string;
  millis?: number;
  requests: { path: string; bytes: number; transferBytes: number }[];
  /** What a compressing static host sends: gzip of text files; Pagefind's own files are already gzip. */
  transferBytes: number;
  rawBytes: number;
  byKind: Record<string, { files: number; transferBytes: number }>;
  note?: string;
}

function requestKind(path: string): string {
  if (/\/pagefind(-worker)?\.js$/.test(path)) return 'js';
  if (path.endsWith('.pagefind')) return 'wasm';
  const ext = /\.pf_(\w+)$/.exec(path)?.[1];
  return ext ?? 'other';
}

async function firstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  const empty: FirstSearch = { query, requests: [], transferBytes: 0, rawBytes: 0, byKind: {} };
  if (!existsSync(CHROMIUM)) return { ...empty, note: `skipped: no Chromium at ${CHROMIUM}` };
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { ...empty, note: 'skipped: playwright-core is not installed' };
  }
  const { server, url } = await serveStatic(siteDir);
  // Counted at the server: it sees the worker's requests too, and each file once per fetch.
  const paths: string[] = [];
  server.on('request', (req) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/pagefind/')) paths.push(path);
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const started = performance.now();
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    try {
      await page.waitForFunction(
        () =>
          /\bresults? for\b|could not load/.test(document.querySelector('#search-status-message')?.textContent ?? ''),
        null,
        {
          timeout: 60_000,
        },
      );
    } catch {
      const shown = (await page.textContent('#search-status-message').catch(() => null))?.trim();
      return {
        ...empty,
        note: `failed: no result after 60 s (message: ${JSON.stringify(shown ?? null)}; ${problems.slice(0, 3).join('; ') || 'no console errors'})`,
      };
    }
    const millis = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const results = (await page.textContent('#search-status-message'))?.trim() ?? '';
    const requests = paths.map((path) => {
      const bytes = readFileSync(join(siteDir, path));
      return { path, bytes: bytes.length, transferBytes: Math.min(bytes.length, gzipSize(bytes)) };
    });
    const byKind: FirstSearch['byKind'] = {};
    for (const r of requests) {
      const k = (byKind[requestKind(r.path)] ??= { files: 0, transferBytes: 0 });
      k.files += 1;
      k.transferBytes += r.transferBytes;
    }
    return {
      query,
      results,
      millis,
      requests,
      transferBytes: requests.reduce((n, r) => n + r.transferBytes, 0),
      rawBytes: requests.reduce((n, r) => n + r.bytes, 0),
      byKind,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// ── One size ────────────────────────────────────────────────────────────────────────────────────

interface SizeResult {
  entries: number;
  content: Omit<GeneratedContent, 'entries'> & { generateSeconds: number; dir: string };
  validate?: StepResult;
  build?: StepResult & { astroSeconds?: number; collidedFirstAttempt?: StepResult };
  bare?: StepResult & { astroSeconds?: number; site?: ReturnType<typeof measureSite> };
  /** Our full build time over the bare Astro build time, measured in the same run. */
  ratio?: number;
  /** The same in CPU time (user + system, whole process tree): steadier when the machine is shared. */
  cpuRatio?: number;
  site?: ReturnType<typeof measureSite>;
  firstSearch?: FirstSearch;
  /** Largest single process in any step, and whether it stays under PROCESS_LIMIT_BYTES. */
  peakProcessBytes?: number;
  underProcessLimit?: boolean;
}

const step = (msg: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${msg}`);

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
  );
  step(`validate: ${result.validate.exit}, ${result.validate.seconds.toFixed(1)} s`);

  const buildArgs = ['scripts/build.ts', '--content', contentDir, '--out', siteDir];
  let build = await runStep(process.execPath, buildArgs, env, join(base, 'build.log'));
  let collision: StepResult | undefined;
  if (!build.ok && /ERR_MODULE_NOT_FOUND[^\n]*\.astro\//.test(readFileSync(build.log, 'utf8'))) {
    // Another build of this project started meanwhile and replaced .astro/ under ours: once more.
    step(`build: ${build.exit} — another build of this project collided in .astro/; running it again`);
    collision = build;
    build = await runStep(process.execPath, buildArgs, env, join(base, 'build-2.log'));
  }
  result.build = {
    ...build,
    ...optional('astroSeconds', astroBuildSeconds(build.log)),
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
    const bare = await runStep(process.execPath, args, bareEnv, join(base, 'bare.log'));
    result.bare = {
      ...bare,
      ...optional('astroSeconds', astroBuildSeconds(bare.log)),
      ...(bare.ok ? { site: measureSite(bareDir) } : {}),
    };
    step(`bare astro: ${bare.exit}, ${bare.seconds.toFixed(1)} s, largest process ${fmtMB(bare.peakProcessBytes)}`);
    if (!bare.ok) console.log(indent(bare.error ?? ''));
    if (build.ok && bare.ok) {
      result.ratio = build.seconds / bare.seconds;
      if (build.cpuSeconds && bare.cpuSeconds) result.cpuRatio = build.cpuSeconds / bare.cpuSeconds;
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

  const steps = [result.validate, result.build, result.bare].filter((s): s is StepResult => s !== undefined);
  result.peakProcessBytes = steps.reduce((m, s) => Math.max(m, s.peakProcessBytes), 0);
  result.underProcessLimit = result.peakProcessBytes <= PROCESS_LIMIT_BYTES;
  if (!values.keep) rmSync(base, { recursive: true, force: true });
  return result;
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────────

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
const fmtMB = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const fmtKB = (b: number) => `${(b / 1e3).toFixed(1)} kB`;
const fmtS = (s: StepResult | undefined) => (!s ? '–' : s.ok ? s.seconds.toFixed(1) : `✗ ${s.exit}`);
const indent = (text: string) => text.replace(/^/gm, '      ');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function report(results: SizeResult[]): string {
  const time = table(
    [
      'entries',
      'events',
      'validate s',
      'build s',
      'astro s',
      'bare s',
      'ours/bare',
      'CPU ours/bare',
      'largest process',
      'in step',
      '≤ 2.5 GB',
    ],
    results.map((r) => {
      const steps = { validate: r.validate, build: r.build, bare: r.bare };
      const [stepName, s] = Object.entries(steps).sort(
        (a, b) => (b[1]?.peakProcessBytes ?? 0) - (a[1]?.peakProcessBytes ?? 0),
      )[0]!;
      return [
        r.entries.toLocaleString('en'),
        r.content.events.toLocaleString('en'),
        fmtS(r.validate),
        fmtS(r.build),
        r.build?.astroSeconds?.toFixed(1) ?? '–',
        fmtS(r.bare),
        r.ratio ? `${r.ratio.toFixed(1)}×` : '–',
        r.cpuRatio ? `${r.cpuRatio.toFixed(1)}×` : '–',
        fmtMB(r.peakProcessBytes ?? 0),
        `${stepName}: ${s?.peakProcess ?? ''}`,
        r.underProcessLimit ? 'yes' : 'NO',
      ];
    }),
  );
  const size = table(
    [
      'entries',
      'HTML pages',
      'HTML total',
      'page avg / median / max',
      'gzip avg / median / max',
      'pagefind',
      'site files',
      'first search',
    ],
    results.map((r) => {
      const s = r.site;
      if (!s) return [r.entries.toLocaleString('en'), '–', '–', '–', '–', '–', '–', '–'];
      const fs = r.firstSearch;
      return [
        r.entries.toLocaleString('en'),
        s.htmlPages.toLocaleString('en'),
        fmtMB(s.htmlRaw.total),
        `${fmtKB(s.htmlRaw.mean)} / ${fmtKB(s.htmlRaw.median)} / ${fmtKB(s.htmlRaw.max)}`,
        `${fmtKB(s.htmlGzip.mean)} / ${fmtKB(s.htmlGzip.median)} / ${fmtKB(s.htmlGzip.max)}`,
        `${fmtMB(s.pagefind.bytes)}, ${s.pagefind.files.toLocaleString('en')} files`,
        s.files.toLocaleString('en'),
        !fs
          ? '–'
          : fs.note
            ? fs.note
            : `${fmtKB(fs.transferBytes)} in ${fs.requests.length} req (results ${fmtKB(fs.byKind['fragment']?.transferBytes ?? 0)})`,
      ];
    }),
  );
  const processes = results
    .map((r) =>
      [
        `${r.entries.toLocaleString('en')} entries — peak memory per process (VmHWM), CPU time, lifetime:`,
        ...(['validate', 'build', 'bare'] as const).flatMap((name) => {
          const s = r[name];
          if (!s) return [];
          const gnu = s.maxRssBytes !== undefined ? `, GNU time max RSS ${fmtMB(s.maxRssBytes)}` : '';
          const busy = `; other processes on the machine used ${s.machine.otherCpuSeconds.toFixed(1)} s CPU meanwhile`;
          return [
            `  ${name} (${s.exit}, ${s.seconds.toFixed(1)} s wall${s.cpuSeconds !== undefined ? `, ${s.cpuSeconds.toFixed(1)} s CPU` : ''}${gnu}${busy})`,
            ...s.processes.map(
              (p) =>
                `    ${p.label.padEnd(34)} ${fmtMB(p.peakBytes).padStart(10)}  ${p.cpuSeconds.toFixed(1).padStart(6)} s CPU  ${p.seconds.toFixed(1).padStart(6)} s${p.pids > 1 ? `  (${p.pids} processes)` : ''}`,
            ),
          ];
        }),
        ...(r.firstSearch?.requests.length
          ? [
              `  first search "${r.firstSearch.query}" → ${r.firstSearch.results} in ${r.firstSearch.millis?.toFixed(0)} ms: ${Object.entries(
                r.firstSearch.byKind,
              )
                .map(([k, v]) => `${k} ${fmtKB(v.transferBytes)} (${v.files})`)
                .join(', ')}`,
            ]
          : []),
      ].join('\n'),
    )
    .join('\n\n');
  const legend = [
    'build s: scripts/build.ts wall time (validate + astro build + Pagefind + swap); astro s: the time astro build reports for itself;',
    'bare s: the bare Astro build of the same Markdown (one page per entry, no integrations); ours/bare: wall-time ratio; CPU ours/bare: the',
    'same in CPU time, steadier on a shared machine. largest process: highest peak RSS of any single process in any step.',
    'first search: what /search/?q=<prefix> fetches under /pagefind/, gzip where that is smaller; "results" = the fragments of the listed hits.',
  ].join('\n');
  return `${time}\n\n${size}\n\n${legend}\n\n${processes}`;
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
