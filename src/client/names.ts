// The name index in the browser: the file of the query's first character (or first two, where the
// index is split), fetched once and cached, and a matcher over it (src/lib/matcher.ts). Only what a
// query needs is downloaded: at 10,000 entries one file is a few kilobytes.
import { createMatcher, foldName, type Match, type Matcher, type NameRecord, shardOf } from '../lib/matcher.ts';

interface NameFile {
  records: NameRecord[];
  matcher: Matcher;
}

const loaded = new Map<string, Promise<NameFile | undefined>>();

/** Where the files are (the search form's data-names) and the list of those that exist (data-name-files). */
function config(): { base: string; list: string } {
  const form = document.querySelector<HTMLElement>('[data-names]');
  return { base: form?.dataset['names'] ?? '/search/names/', list: form?.dataset['nameFiles'] ?? '/search/names.json' };
}

let files: Promise<Set<string>> | undefined;

/** The files of the name index, fetched once; the type-ahead asks on focus, before the first keystroke. */
export function nameFiles(): Promise<Set<string>> {
  files ??= fetch(config().list)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .then((keys) => new Set(keys))
    .catch(() => {
      files = undefined; // try again on the next keystroke
      return new Set<string>();
    });
  return files;
}

/** The file a folded name or query is in, fetched once. */
async function fileFor(folded: string): Promise<NameFile | undefined> {
  const shard = shardOf(folded, await nameFiles());
  if (shard === undefined) return undefined;
  let file = loaded.get(shard);
  if (!file) {
    file = fetch(`${config().base}${shard}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<NameRecord[]>) : []))
      .then((records) => ({ records, matcher: createMatcher(records) }))
      .catch(() => undefined);
    loaded.set(shard, file);
  }
  return file;
}

/** The entries a query names, best first. */
export async function matchNames(query: string, limit = 8): Promise<Match[]> {
  const folded = foldName(query);
  if (!folded) return [];
  const file = await fileFor(folded);
  return file ? file.matcher.search(query, limit) : [];
}

/**
 * The entry at /<kind>/<slug>/, found in the file of its slug: a slug is its name written for an
 * address, so it is filed where the name is (a site test checks this for every entry).
 */
export async function findBySlug(slug: string): Promise<NameRecord | undefined> {
  const file = await fileFor(foldName(slug));
  return file?.records.find((r) => r.u.split('/')[2] === slug);
}
