// The name index in the browser: the file of the query's first character (or first two, where the
// index is split), fetched once and cached, and a matcher over it (src/lib/matcher.ts). Only what a
// query needs is downloaded: at 10,000 entries one file is a few kilobytes.
import { createMatcher, foldName, type Match, type Matcher, type NameRecord, shardOf } from '../lib/matcher.ts';

const matchers = new Map<string, Promise<Matcher | undefined>>();

/** Where the files are and which exist: read from the search form (data-names, data-shards). */
function config(): { base: string; shards: Set<string> } {
  const form = document.querySelector<HTMLElement>('[data-names]');
  return {
    base: form?.dataset['names'] ?? '/search/names/',
    shards: new Set((form?.dataset['shards'] ?? '').split(' ')),
  };
}

function matcherFor(folded: string): Promise<Matcher | undefined> {
  const { base, shards } = config();
  const shard = shardOf(folded, shards);
  if (shard === undefined) return Promise.resolve(undefined);
  let m = matchers.get(shard);
  if (!m) {
    m = fetch(`${base}${shard}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<NameRecord[]>) : []))
      .then((records) => createMatcher(records))
      .catch(() => undefined);
    matchers.set(shard, m);
  }
  return m;
}

/** The entries a query names, best first. */
export async function matchNames(query: string, limit = 8): Promise<Match[]> {
  const folded = foldName(query);
  if (!folded) return [];
  const matcher = await matcherFor(folded);
  return matcher ? matcher.search(query, limit) : [];
}
