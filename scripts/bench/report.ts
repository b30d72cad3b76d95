// The benchmark's results and how they are printed.
import type { GeneratedContent } from './generate.ts';
import type { FirstSearch } from './first-search.ts';
import type { StepResult } from './processes.ts';
import type { measureSite } from './site-size.ts';

export { step } from './log.ts';

export interface SizeResult {
  entries: number;
  content: Omit<GeneratedContent, 'entries'> & { generateSeconds: number; dir: string };
  validate?: StepResult;
  build?: StepResult & {
    astroSeconds?: number;
    collidedFirstAttempt?: StepResult;
    /** Render time per family of pages (countries, groups, changes…), from Astro's log. */
    families?: Record<string, { pages: number; millis: number }>;
  };
  bare?: StepResult & { astroSeconds?: number; site?: ReturnType<typeof measureSite> };
  /** Pagefind over the bare site's pages: the other half of the fair baseline. */
  barePagefind?: StepResult;
  /** Our full build time over the baseline's (bare Astro plus Pagefind), measured in the same run. */
  ratio?: number;
  /** The same in CPU time (user + system, whole process tree): steadier when the machine is shared. */
  cpuRatio?: number;
  site?: ReturnType<typeof measureSite>;
  firstSearch?: FirstSearch;
  /** Largest single process in any step, and whether it stays under PROCESS_LIMIT_BYTES. */
  peakProcessBytes?: number;
  underProcessLimit?: boolean;
}

export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
export const fmtMB = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
export const fmtKB = (b: number) => `${(b / 1e3).toFixed(1)} kB`;
export const fmtS = (s: StepResult | undefined) => (!s ? '–' : s.ok ? s.seconds.toFixed(1) : `✗ ${s.exit}`);
export const indent = (text: string) => text.replace(/^/gm, '      ');

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Time and memory: ours, the baseline's, their ratio, and the largest process. */
function timeTable(results: SizeResult[]): string {
  return table(
    [
      'entries',
      'events',
      'validate s',
      'build s',
      'astro s',
      'bare astro s',
      'bare pagefind s',
      'ours/baseline',
      'CPU ours/baseline',
      'largest process',
      'in step',
      '≤ 2.0 GB',
    ],
    results.map((r) => {
      const steps = { validate: r.validate, build: r.build, bare: r.bare, 'bare pagefind': r.barePagefind };
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
        fmtS(r.barePagefind),
        r.ratio ? `${r.ratio.toFixed(1)}×` : '–',
        r.cpuRatio ? `${r.cpuRatio.toFixed(1)}×` : '–',
        fmtMB(r.peakProcessBytes ?? 0),
        `${stepName}: ${s?.peakProcess ?? ''}`,
        r.underProcessLimit ? 'yes' : 'NO',
      ];
    }),
  );
}

/** The built site: pages, sizes, the search index, and what a first search downloads. */
function sizeTable(results: SizeResult[]): string {
  return table(
    [
      'entries',
      'HTML pages',
      'HTML total',
      'page avg / median / max',
      'gzip avg / median / max',
      'pagefind',
      'site files',
      'first search',
      'type-ahead',
    ],
    results.map((r) => {
      const s = r.site;
      if (!s) return [r.entries.toLocaleString('en'), '–', '–', '–', '–', '–', '–', '–', '–'];
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
        fs?.typeahead
          ? `${fmtKB(fs.typeahead.transferBytes)} in ${fs.typeahead.requests.length} req, ${fs.typeahead.millis.toFixed(0)} ms`
          : '–',
      ];
    }),
  );
}

/** Every process of every step, with its peak memory and CPU time; and the first search by kind of file. */
function processLog(results: SizeResult[]): string {
  return results
    .map((r) =>
      [
        `${r.entries.toLocaleString('en')} entries — peak memory per process (VmHWM), CPU time, lifetime:`,
        ...(['validate', 'build', 'bare', 'barePagefind'] as const).flatMap((name) => {
          const s = r[name];
          if (!s) return [];
          const gnu = s.maxRssBytes !== undefined ? `, GNU time max RSS ${fmtMB(s.maxRssBytes)}` : '';
          const busy = `; other processes on the machine used ${s.machine.otherCpuSeconds.toFixed(1)} s CPU meanwhile`;
          return [
            `  ${name} (${s.exit}, ${s.seconds.toFixed(1)} s wall${s.cpuSeconds !== undefined ? `, ${s.cpuSeconds.toFixed(1)} s CPU${s.systemSeconds !== undefined ? ` (${s.systemSeconds.toFixed(1)} system)` : ''}` : ''}${gnu}${busy})`,
            ...s.processes.map(
              (p) =>
                `    ${p.label.padEnd(34)} ${fmtMB(p.peakBytes).padStart(10)}  ${p.cpuSeconds.toFixed(1).padStart(6)} s CPU (${p.systemSeconds.toFixed(1).padStart(5)} system)  ${p.seconds.toFixed(1).padStart(6)} s${p.pids > 1 ? `  (${p.pids} processes)` : ''}`,
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
}

const LEGEND = [
  'build s: scripts/build.ts wall time (validate + astro build + Pagefind + swap); astro s: the time astro build reports for itself;',
  'bare astro s: a bare Astro build of the same Markdown (one page per entry, no integrations); bare pagefind s: Pagefind over',
  'those pages. The baseline is both together; ours/baseline: wall-time ratio; CPU ours/baseline: the same in CPU time, steadier',
  'on a shared machine. largest process: highest peak RSS of any single process in any step.',
  'first search: what /search/?q=<prefix> fetches (page script, name index, Pagefind), gzip where that is smaller; "results" = the fragments',
  'of the listed hits. type-ahead: on the A–Z page, the loader plus what typing the prefix in the header fetches (combobox, matcher,',
  'one names file), and the time from typing to the first suggestion.',
  'page families: the time Astro reports for rendering each family of pages (first path segment), summed.',
].join('\n');

/** What each family of pages costs Astro to render. */
function familyLog(results: SizeResult[]): string {
  return results
    .filter((r) => r.build?.families)
    .map(
      (r) =>
        `${r.entries.toLocaleString('en')} entries — Astro render time by page family: ${Object.entries(
          r.build!.families!,
        )
          .sort((a, b) => b[1].millis - a[1].millis)
          .map(([f, v]) => `${f} ${(v.millis / 1000).toFixed(1)} s (${v.pages})`)
          .join(', ')}`,
    )
    .join('\n');
}

export function report(results: SizeResult[]): string {
  return [timeTable(results), sizeTable(results), LEGEND, familyLog(results), processLog(results)].join('\n\n');
}
