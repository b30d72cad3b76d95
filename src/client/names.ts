// The name index in the browser: the file of the query's first character (or first two, where the
// index is split), fetched once and cached, and a matcher over it (src/lib/matcher.ts). Only what a
// query needs is downloaded: at 10,000 entries one file is a few kilobytes.
import { createMatcher, foldName, type Match, type Matcher, type NameRecord, shardOf } from '../lib/matcher.ts';

const matchers = new Map<string, Promise<Matcher | undefined>>();

/** Where the files are (the search form's data-names) and the list of those that exist (data-name-files). */
function config(): { base: string; list: string } {
  const form = document.querySelector<HTMLElement>('[data-names]');
  return { base: form?.dataset['names'] ?? '/search/names/', list: form?.dataset['nameFiles'] ?? '/search/names.json' };
}

let files: Promise<Set<string>> | undefined;

/** The files of the name index, fetched once. */
function nameFiles(): Promise<Set<string>> {
  files ??= fetch(config().list)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .then((keys) => new Set(keys))
    .catch(() => {
      files = undefined; // try again on the next keystroke
      return new Set<string>();
    });
  return files;
}

async function matcherFor(folded: string): Promise<Matcher | undefined> {
  const shard = shardOf(folded, await nameFiles());
  if (shard === undefined) return undefined;
  let m = matchers.get(shard);
  if (!m) {
    m = fetch(`${config().base}${shard}.json`)
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
