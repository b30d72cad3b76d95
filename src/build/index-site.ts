import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search.ts';

/**
 * Write the search index of these records into `outDir/pagefind` with Pagefind's Node API. Records
 * (src/lib/search.ts) are built from the data, so Pagefind parses no HTML: less memory and time than
 * reading the built pages, and excerpts made of prose rather than page furniture. Any error is
 * thrown, so a broken index fails the build instead of shipping. `meanwhile` is work of the caller's
 * to do while Pagefind's process builds the index.
 */
export async function indexRecords(
  outDir: string,
  records: readonly SearchRecord[],
  meanwhile?: () => void,
): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(errors.join('; '));
    // Handed over all at once: Pagefind answers in order, and nothing waits for each answer in turn.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    added.forEach(({ errors }, i) => {
      if (errors.length) throw new Error(`${records[i]!.url}: ${errors.join('; ')}`);
    });
    // Pagefind builds and writes the index in its own process; `meanwhile` runs here in the meantime.
    const writing = index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    // If the caller's work fails, Pagefind's still ends (and is closed below) before the error goes up.
    try {
      meanwhile?.();
    } catch (error) {
      await writing.catch(() => undefined);
      throw error;
    }
    const written = await writing;
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // Pagefind also writes its ready-made search interfaces; the site has its own (src/client/search.ts).
    for (const name of readdirSync(join(outDir, 'pagefind'))) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name))
        rmSync(join(outDir, 'pagefind', name));
    }
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
