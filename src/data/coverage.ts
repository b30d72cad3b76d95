// Coverage of every sovereign state: entry, searched with nothing found, or not yet researched.
import { getCollection } from 'astro:content';
import { type CoverageItem, type CoverageRow, coverageRows } from '../lib/coverage/coverage.ts';
import { getEntries } from './entries.ts';

let cache: Promise<CoverageRow[]> | undefined;

export function getCoverage(): Promise<CoverageRow[]> {
  cache ??= (async () => {
    let searched: Record<string, CoverageItem>;
    try {
      // The collection exists only when content/coverage.yaml does (a benchmark's content has none).
      const items = await getCollection('coverage');
      searched = Object.fromEntries(items.map((i) => [i.id, i.data as CoverageItem]));
    } catch {
      searched = {};
    }
    return coverageRows(await getEntries(), searched);
  })();
  return cache;
}
