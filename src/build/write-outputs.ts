// Everything the site publishes besides its pages: the machine-readable files (JSON API, CSV, feeds,
// calendar, badges, robots.txt) and the search index, written from the same validated entries and
// the same pure functions the pages use (src/lib/outputs/files.ts, src/lib/search.ts).
//
// Run as its own process by the outputs integration while Astro renders the pages, so the two
// overlap on two cores and Astro's process does not also hold this data in memory. The public
// address and the build date come from Astro's resolved configuration, handed over by the integration:
//   node src/build/write-outputs.ts <content-dir> <out-dir> <site-url> <build-date>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { basePath, withBase } from '../lib/config.ts';
import { apiContext } from '../lib/api/documents.ts';
import { buildEntries, type EntryView, timelineItems } from '../lib/entries.ts';
import { entryFiles, siteFiles } from '../lib/outputs/files.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { factContext, formatIssue, type ParsedEntry, type ParsedFaq, validateContent } from '../lib/validate/index.ts';
import { entryRecord, faqRecord } from '../lib/search.ts';
import { fillFacts } from '../lib/facts.ts';
import { readContentFiles, readValidatedContent } from './content-files.ts';
import { readReleaseNotes, readReleaseRecords } from './releases.ts';
import { releaseHistory } from '../lib/releases.ts';
import { indexRecords } from './index-site.ts';
import { fileURLToPath } from 'node:url';
import { pngCacheDir } from './draw.ts';
import { writeShareImages } from './write-share.ts';

export interface OutputOptions {
  site: URL;
  buildDate: string;
  /** The content folder, for its release records. */
  contentDir: string;
}

/** Write every data file into `dir`; returns how many were written. */
export function writeOutputs(
  dir: string,
  entries: readonly ParsedEntry[],
  options: OutputOptions,
  views: readonly EntryView[] = buildEntries(entries),
): number {
  const ctx = apiContext(options.site, options.buildDate, SITE_NAME);
  const data = new Map(entries.map((e) => [`${e.kind}/${e.slug}`, e.data]));
  const made = new Set<string>();
  let count = 0;
  const write = (path: string, body: string) => {
    const full = join(dir, path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, body);
    count += 1;
  };
  const releases = releaseHistory(readReleaseRecords(options.contentDir), readReleaseNotes(options.contentDir));
  const input = { entries: views, items: timelineItems(views), tagline: SITE_TAGLINE, releases };
  for (const f of siteFiles(input, ctx)) write(f.path, f.body);
  for (const view of views)
    for (const f of entryFiles(view, data.get(`${view.kind}/${view.slug}`)!, ctx)) write(f.path, f.body);
  // Each entry page's last change, for the sitemap (the outputs integration reads it back).
  write(
    LASTMOD_FILE,
    JSON.stringify(Object.fromEntries(views.map((v) => [v.url, [v.lastChanged, v.lastVerified ?? ''].sort().at(-1)!]))),
  );
  return count;
}

/** Where the worker leaves the entry pages' last-modified dates: site path → date. Not published. */
export const LASTMOD_FILE = '.lastmod.json';

/**
 * The search index of every entry and FAQ answer, into `dir/pagefind`. `meanwhile` runs once the
 * records are handed over, while Pagefind's own process builds the index.
 */
export async function writeSearchIndex(
  dir: string,
  entries: readonly ParsedEntry[],
  faqs: readonly ParsedFaq[],
  {
    today,
    site,
    views = buildEntries(entries),
    meanwhile,
  }: { today: string; site: URL; views?: readonly EntryView[]; meanwhile?: () => void },
): Promise<number> {
  const bodies = new Map(entries.map((e) => [`${e.kind}/${e.slug}`, e.body]));
  const facts = factContext(entries, today);
  const base = basePath(site.href);
  // Results link to their pages as the browser follows them: under the site's base path.
  const records = [
    ...views.map((view) => entryRecord(view, bodies.get(`${view.kind}/${view.slug}`) ?? '')),
    ...faqs.map((faq) => faqRecord(faq, (text) => fillFacts(text, facts))),
  ].map((r) => ({ ...r, url: withBase(r.url, base) }));
  const { pages } = await indexRecords(dir, records, meanwhile);
  return pages;
}

if (import.meta.main) {
  const [contentDir = 'content', outDir = 'dist-data', siteUrl, buildDate, validated] = process.argv.slice(2);
  if (!siteUrl || !buildDate)
    throw new Error('usage: write-outputs.ts <content-dir> <out-dir> <site-url> <build-date> [validated-content]');
  const site = new URL(siteUrl);
  // scripts/build.ts has validated the content already and hands it over; run alone, this validates.
  const { entries, faqs, coverage, issues } = validated
    ? { ...readValidatedContent(validated), issues: [] }
    : validateContent(readContentFiles(resolve(contentDir)), { today: buildDate });
  if (issues.length) {
    // The build script validates first and prints the report; this only guards direct `astro build` runs.
    for (const issue of issues.slice(0, 20)) console.error(formatIssue(issue));
    console.error(`✗ ${issues.length} problem(s) in the content: no data files written (run npm run validate).`);
    process.exitCode = 1;
  } else {
    const started = performance.now();
    const views = buildEntries(entries);
    let count = 0;
    let dataSeconds = 0;
    // Pagefind builds the index in its own process, on the other core: the data files are written
    // meanwhile, then the pictures drawn (at 10,000 entries each takes about 20 s; in turn, 40 s).
    const writeData = () => {
      const t = performance.now();
      count = writeOutputs(resolve(outDir), entries, { site, buildDate, contentDir: resolve(contentDir) }, views);
      dataSeconds = (performance.now() - t) / 1000;
    };
    const [indexed, share] = await Promise.all([
      writeSearchIndex(resolve(outDir), entries, faqs, { today: buildDate, site, views, meanwhile: writeData }).then(
        (pages) => ({ pages, seconds: (performance.now() - started) / 1000 }),
      ),
      writeShareImages(resolve(outDir), views, {
        site,
        siteName: SITE_NAME,
        buildDate,
        searched: coverage?.items ?? {},
        cacheDir: pngCacheDir(fileURLToPath(new URL('../..', import.meta.url))),
      }),
    ]);
    console.log(
      `${count} data files in ${dataSeconds.toFixed(1)} s; search index of ${indexed.pages} pages done after ${indexed.seconds.toFixed(1)} s; ` +
        `${share.cards} social cards and ${share.maps} map downloads in ${share.seconds.toFixed(1)} s (${share.drawn} drawn, ${share.fromCache} from the cache)`,
    );
  }
}
