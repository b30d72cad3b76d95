import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { apiContext } from '../../src/lib/api/documents.ts';
import { entryFiles, siteFiles } from '../../src/lib/api/site-files.ts';
import { buildEntries, timelineItems } from '../../src/lib/entries.ts';
import type { ParsedEntry } from '../../src/lib/validate/index.ts';

export interface DataOptions {
  site: URL;
  buildDate: string;
  siteName: string;
  tagline: string;
}

/**
 * Write the machine-readable files (JSON API, CSV, feeds, calendar, badges, robots.txt) into `dir`,
 * from the same validated entries and the same pure functions the pages use. Returns the count.
 */
export function writeDataFiles(dir: string, entries: readonly ParsedEntry[], options: DataOptions): number {
  const ctx = apiContext(options.site, options.buildDate, options.siteName);
  const views = buildEntries(entries);
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
  for (const f of siteFiles(views, timelineItems(views), ctx, options.tagline)) write(f.path, f.body);
  for (const view of views) for (const f of entryFiles(view, data.get(`${view.kind}/${view.slug}`)!, ctx)) write(f.path, f.body);
  return count;
}
