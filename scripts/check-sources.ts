// Checks every source URL in content/ over the network and writes a report of dead, redirected and
// unreachable links. Slow and dependent on the outside world, so it is never part of `npm test`.
// Usage: node scripts/check-sources.ts [--concurrency 8] [--timeout 15000] [--out source-report.md] [--strict]
//   Exit 0 with a report, whatever the links say; with --strict, exit 1 when any link is dead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildReport,
  collectSourceUrls,
  formatSummary,
  renderReportJson,
  renderReportMarkdown,
} from '../src/lib/liveness.ts';
import { validateContent } from '../src/lib/validate/index.ts';
import { config } from '../src/config.ts';
import { checkAll } from './lib/check-url.ts';
import { readContentFiles } from '../src/build/content-files.ts';

export interface CheckSourcesOptions {
  concurrency: number;
  timeoutMs: number;
  /** The Markdown report; the JSON report is written beside it with a `.json` extension. */
  out: string;
  strict: boolean;
}

const USAGE =
  'usage: node scripts/check-sources.ts [--concurrency 8] [--timeout 15000] [--out source-report.md] [--strict]';

const FLAGS = {
  concurrency: { type: 'string', default: '8' },
  timeout: { type: 'string', default: '15000' },
  out: { type: 'string', default: 'source-report.md' },
  strict: { type: 'boolean', default: false },
} as const;

const readFlags = (argv: readonly string[]) => parseArgs({ args: [...argv], options: FLAGS }).values;

/** Flags to options; a message instead of options when a flag is wrong. */
export function parseOptions(argv: readonly string[]): CheckSourcesOptions | { error: string } {
  let values: ReturnType<typeof readFlags>;
  try {
    values = readFlags(argv);
  } catch (error) {
    // Unknown flags and missing values: Node's message names the flag.
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const concurrency = Number(values.concurrency);
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    return { error: `--concurrency must be a positive integer, got "${values.concurrency}"` };
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
    return { error: `--timeout must be a positive number of milliseconds, got "${values.timeout}"` };
  return { concurrency, timeoutMs, out: values.out, strict: values.strict };
}

/** `reports/links.md` → `reports/links.json`; a name without `.md` gets `.json` appended. */
export function jsonPathFor(markdownPath: string): string {
  return `${markdownPath.replace(/\.md$/i, '')}.json`;
}

export async function checkSources(contentDir: string, options: CheckSourcesOptions, today: string): Promise<number> {
  const started = performance.now();
  const { entries, issues } = validateContent(readContentFiles(resolve(contentDir)), { today });
  // Invalid entries are skipped, not fatal: this is a report, and `npm run validate` names the problems.
  if (issues.length)
    console.warn(`! ${issues.length} validation problem(s); entries that failed are skipped (run npm run validate)`);

  const cited = collectSourceUrls(entries);
  console.log(
    `Checking ${cited.length} source URLs from ${entries.length} entries (concurrency ${options.concurrency}, timeout ${options.timeoutMs} ms)…`,
  );
  let done = 0;
  const results = await checkAll(
    cited.map((c) => c.url),
    {
      concurrency: options.concurrency,
      timeoutMs: options.timeoutMs,
      // A sign of life every 50 URLs: a full run can take minutes.
      onResult: () => {
        done += 1;
        if (done % 50 === 0 && done < cited.length) console.log(`  ${done}/${cited.length}`);
      },
    },
  );

  const report = buildReport(cited, results, { checkedOn: today });
  const jsonPath = jsonPathFor(options.out);
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeFileSync(options.out, renderReportMarkdown(report));
  writeFileSync(jsonPath, renderReportJson(report));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${formatSummary(report.counts)} (${seconds} s). Report: ${options.out}, ${jsonPath}`);
  return options.strict && report.counts.dead > 0 ? 1 : 0;
}

if (import.meta.main) {
  const options = parseOptions(process.argv.slice(2));
  if ('error' in options) {
    console.error(`${options.error}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.exitCode = await checkSources('content', options, config.buildDate);
  }
}
