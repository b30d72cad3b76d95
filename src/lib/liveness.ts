/**
 * Source liveness: which cited URLs still answer. Pure logic only — collecting the URLs from
 * validated entries, judging what the network said, and rendering the report. The network calls
 * live in `scripts/lib/check-url.ts`, so everything here is unit-tested without a socket.
 */
import type { Source } from './schema/index.ts';
import type { ParsedEntry } from './validate/index.ts';

/** The source fields that hold an address worth checking, in the order they are reported. */
export const SOURCE_URL_FIELDS = ['url', 'archiveUrl', 'viaUrl'] as const satisfies readonly (keyof Source)[];

/** One distinct URL and every place that cites it, so a dead link can be fixed everywhere at once. */
export interface CitedUrl {
  url: string;
  /** `content/countries/sweden.md › events[2].sources[0].url`, in content order. */
  citations: string[];
}

/**
 * Every URL cited by the entries, each once, in the order first met (files come sorted, so the
 * order is stable). Identical strings are merged; near-duplicates (a trailing slash, http vs https)
 * are kept apart because a server may treat them differently.
 */
export function collectSourceUrls(entries: readonly Pick<ParsedEntry, 'file' | 'data'>[]): CitedUrl[] {
  const byUrl = new Map<string, CitedUrl>();
  for (const { file, data } of entries) {
    data.events.forEach((event, i) => {
      event.sources.forEach((source, j) => {
        for (const field of SOURCE_URL_FIELDS) {
          const url = source[field];
          if (url === undefined) continue;
          const citation = `${file} › events[${i}].sources[${j}].${field}`;
          const cited = byUrl.get(url);
          if (cited) cited.citations.push(citation);
          else byUrl.set(url, { url, citations: [citation] });
        }
      });
    });
  }
  return [...byUrl.values()];
}

/**
 * What the network said about one URL, before it is judged. `response` is the last answer after
 * following redirects; `failure` is no usable answer at all (timeout, DNS, TLS, refused, a redirect
 * loop), with a message a person can act on.
 */
export type CheckResult =
  | { kind: 'response'; url: string; status: number; finalUrl: string; method: 'HEAD' | 'GET' }
  | { kind: 'failure'; url: string; message: string };

export const OUTCOMES = ['dead', 'redirected', 'error', 'ok'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The verdict on one URL. */
export type Verdict =
  | { outcome: 'ok'; status: number }
  /** The page answers, but at another address: the source should probably cite `location`. */
  | { outcome: 'redirected'; status: number; location: string }
  /** 4xx or 5xx; `location` is set when a redirect led there. */
  | { outcome: 'dead'; status: number; location?: string }
  | { outcome: 'error'; message: string };

/** Judge one check. A redirect that ends in an error page is dead, not redirected: the fix differs. */
export function classifyCheck(result: CheckResult): Verdict {
  if (result.kind === 'failure') return { outcome: 'error', message: result.message };
  const { status, url, finalUrl } = result;
  const moved = finalUrl !== url;
  if (status >= 200 && status < 300)
    return moved ? { outcome: 'redirected', status, location: finalUrl } : { outcome: 'ok', status };
  if (status >= 400 && status < 600)
    return moved ? { outcome: 'dead', status, location: finalUrl } : { outcome: 'dead', status };
  // 1xx, a 3xx the checker could not follow, or a non-standard code: neither alive nor dead.
  return { outcome: 'error', message: `unexpected HTTP status ${status}` };
}

/** One line of the report: a URL, its verdict and where it is cited. */
export type ReportLink = { url: string; citations: string[] } & Verdict;

/** The whole report; also the JSON file, as is. */
export interface LinkReport {
  /** The day of the check (YYYY-MM-DD), passed in: the clock is a parameter. */
  checkedOn: string;
  counts: Record<Outcome, number>;
  /** Grouped in OUTCOMES order, then sorted by URL, so two reports diff cleanly. */
  links: ReportLink[];
}

/**
 * Pair each cited URL with its check result and order the lines. Results are matched by URL, not
 * by position, so the caller may check in any order; a URL without a result is reported as an error
 * rather than dropped.
 */
export function buildReport(
  cited: readonly CitedUrl[],
  results: readonly CheckResult[],
  { checkedOn }: { checkedOn: string },
): LinkReport {
  const resultByUrl = new Map(results.map((r) => [r.url, r]));
  const links: ReportLink[] = cited.map(({ url, citations }) => {
    const result = resultByUrl.get(url) ?? { kind: 'failure', url, message: 'not checked' };
    return { url, citations: [...citations], ...classifyCheck(result) };
  });
  links.sort((a, b) => OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) || compareStrings(a.url, b.url));
  return { checkedOn, counts: countOutcomes(links), links };
}

export function countOutcomes(links: readonly { outcome: Outcome }[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { dead: 0, redirected: 0, error: 0, ok: 0 };
  for (const link of links) counts[link.outcome] += 1;
  return counts;
}

/** `469 source URLs: 400 ok, 40 redirected, 20 dead, 9 error` — the line the command prints. */
export function formatSummary(counts: Record<Outcome, number>): string {
  const total = OUTCOMES.reduce((sum, o) => sum + counts[o], 0);
  return `${total} source URL${total === 1 ? '' : 's'}: ${counts.ok} ok, ${counts.redirected} redirected, ${counts.dead} dead, ${counts.error} error`;
}

const SECTION_TITLES: Record<Outcome, string> = {
  dead: 'Dead (4xx/5xx)',
  redirected: 'Redirected',
  error: 'Unreachable (timeout, DNS, TLS, connection)',
  ok: 'OK',
};

/** Column header and cell for what each outcome has to say beyond the URL. */
const DETAIL_COLUMNS: Record<Exclude<Outcome, 'ok'>, { header: string; cell: (link: ReportLink) => string }> = {
  dead: {
    header: 'status',
    cell: (l) => (l.outcome === 'dead' ? `${l.status}${l.location ? ` at ${l.location}` : ''}` : ''),
  },
  redirected: { header: 'now at', cell: (l) => (l.outcome === 'redirected' ? `${l.location} (${l.status})` : '') },
  error: { header: 'error', cell: (l) => (l.outcome === 'error' ? l.message : '') },
};

/**
 * The Markdown report: one table per outcome that needs work, with every citation so an editor can
 * go straight to the line. Working links are only counted here (the JSON lists them): a table of
 * hundreds of healthy URLs would bury the few that need attention.
 */
export function renderReportMarkdown(report: LinkReport): string {
  const lines = [`# Source liveness report`, '', `Checked on ${report.checkedOn}: ${formatSummary(report.counts)}.`];
  for (const outcome of OUTCOMES) {
    const links = report.links.filter((l) => l.outcome === outcome);
    lines.push('', `## ${SECTION_TITLES[outcome]} (${links.length})`, '');
    if (outcome === 'ok') {
      lines.push(
        links.length
          ? `${links.length} URL${links.length === 1 ? '' : 's'} answered directly with 2xx; listed in the JSON report.`
          : 'None.',
      );
      continue;
    }
    if (!links.length) {
      lines.push('None.');
      continue;
    }
    const column = DETAIL_COLUMNS[outcome];
    lines.push(`| URL | ${column.header} | cited in |`, '|---|---|---|');
    for (const link of links) {
      lines.push(`| ${cell(link.url)} | ${cell(column.cell(link))} | ${link.citations.map(cell).join('<br>')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON report, pretty-printed with a final newline. */
export function renderReportJson(report: LinkReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A table cell must stay on one line and must not close the cell early. */
function cell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
}

/** Code-point order, not the locale's: the same report on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
