// The benchmark's process watcher: runs one step (a command) and records its wall time, CPU time
// and the peak memory of every process it starts, from /proc and GNU time. Linux only.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { step } from './log.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GNU_TIME = '/usr/bin/time';
export const POLL_MS = 100;

export interface ProcessPeak {
  label: string;
  pids: number;
  /** Highest VmHWM (peak resident set) of any one process with this label. */
  peakBytes: number;
  /** CPU time (user + system) of all processes with this label, as last seen. */
  cpuSeconds: number;
  /** The part of cpuSeconds spent in the kernel (file creation, mostly): large on a slow file system. */
  systemSeconds: number;
  /** From first to last sighting, at POLL_MS resolution (the longest-lived process with this label). */
  seconds: number;
}

export interface StepResult {
  ok: boolean;
  exit: string;
  seconds: number;
  /** GNU time's "Maximum resident set size": the largest single process of the tree it waited for. */
  maxRssBytes?: number;
  cpuSeconds?: number;
  /** The part of cpuSeconds spent in the kernel. */
  systemSeconds?: number;
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
  systemTicks: number;
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
    const ticks = new Map<number, [number, number]>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ppid = Number(fields[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
        ticks.set(Number(name), [Number(fields[11]), Number(fields[12])]);
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
      const record = records.get(pid) ?? {
        label: '',
        peakKb: 0,
        cpuTicks: 0,
        systemTicks: 0,
        firstSeen: now,
        lastSeen: now,
      };
      // Read every time: a process first seen between fork and exec still shows its parent's command.
      const label = procLabel(pid);
      if (label !== '?' && label !== record.label) {
        // exec: the figures seen so far were the parent's copy-on-write image (fork), not this program's.
        record.label = label;
        record.peakKb = 0;
      }
      record.peakKb = Math.max(record.peakKb, Number(hwm));
      const [user, system] = ticks.get(pid) ?? [0, 0];
      record.cpuTicks = Math.max(record.cpuTicks, user + system);
      record.systemTicks = Math.max(record.systemTicks, system);
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
        const p = byLabel.get(label) ?? { label, pids: 0, peakBytes: 0, cpuSeconds: 0, systemSeconds: 0, seconds: 0 };
        p.pids += 1;
        p.peakBytes = Math.max(p.peakBytes, r.peakKb * 1024);
        p.cpuSeconds += r.cpuTicks / CLK_TCK;
        p.systemSeconds += r.systemTicks / CLK_TCK;
        p.seconds = Math.max(p.seconds, (r.lastSeen - r.firstSeen) / 1000);
        byLabel.set(label, p);
      }
      return [...byLabel.values()].sort((a, b) => b.peakBytes - a.peakBytes);
    },
  };
}

function parseGnuTime(text: string): {
  maxRssBytes?: number;
  cpuSeconds?: number;
  systemSeconds?: number;
  exit?: string;
} {
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
    ...(user !== undefined && sys !== undefined ? { cpuSeconds: user + sys, systemSeconds: sys } : {}),
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
export async function runStep(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: string,
  timeoutMinutes: number,
): Promise<StepResult> {
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
  }, timeoutMinutes * 60_000);
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
    ? `timed out after ${timeoutMinutes} min`
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
    ...(gnu.cpuSeconds !== undefined ? { cpuSeconds: gnu.cpuSeconds, systemSeconds: gnu.systemSeconds } : {}),
    processes,
    peakProcessBytes,
    peakProcess: top && top.peakBytes >= peakProcessBytes * 0.95 ? top.label : 'see maxRssBytes',
    log,
    ...(ok ? {} : { error: errorText(log) }),
  };
}

/** Astro's own total: "[build] 165 page(s) built in 8.54s" (or "812ms", or "3m 51s"). */
export function astroBuildSeconds(log: string): number | undefined {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes from the build log
  const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const m = /page\(s\) built in (?:(\d+)m (\d+)s|([\d.]+)(ms|s))/.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[3]) / (m[4] === 'ms' ? 1000 : 1);
}

/**
 * Astro's per-page render times from a build log ("├─ /groups/eu/index.html (+12ms)"), summed by the
 * first path segment: what each family of pages costs. Data files and the index are timed apart.
 */
export function pageFamilyCosts(log: string): Record<string, { pages: number; millis: number }> | undefined {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes from the build log
  const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const families: Record<string, { pages: number; millis: number }> = {};
  for (const m of text.matchAll(/[├└]─ \/(\S*?) \(\+(\d+)ms\)/g)) {
    const path = m[1]!;
    // "countries/x/index.html" → countries; "index.html" → home; "map.svg" → map.svg's own family.
    const family = /^([^/]+)\//.exec(path)?.[1] ?? (path === 'index.html' ? 'home' : path);
    const f = (families[family] ??= { pages: 0, millis: 0 });
    f.pages += 1;
    f.millis += Number(m[2]);
  }
  return Object.keys(families).length ? families : undefined;
}
