// The entity matcher: finds the entry a reader meant from a name, an alias, a native name, a prefix
// or a close spelling, before full-text search. Exact names and aliases come first, always; then
// names that start with the query; then names with a word that does; then close spellings, scored by
// Fuse.js. Pure: it runs in the browser (type-ahead, the search page) and in the tests.
import Fuse from 'fuse.js/basic';
import leven from 'leven';
import type { Kind } from './kinds.ts';
import type { Status } from './status.ts';

/** One entry as the browser receives it: short keys, because at 10,000 entries every byte counts. */
export interface NameRecord {
  /** Name. */
  n: string;
  /** Aliases. */
  a?: string[];
  /** Entry page. */
  u: string;
  s: Status;
  k: Kind;
}

export type MatchTier = 'exact' | 'prefix' | 'word' | 'close';

export interface Match {
  record: NameRecord;
  tier: MatchTier;
  /** The name or alias that matched, as written. */
  matched: string;
  /** For close spellings: letters to change (Levenshtein), then Fuse's score as a fraction; 0 otherwise. */
  score: number;
}

/**
 * How many letters a close spelling may get wrong: one in a short name, two in a longer one — a
 * swapped pair of letters counts as two.
 */
export function typoBudget(length: number): number {
  return length <= 4 ? 1 : 2;
}

/**
 * A name for comparison: case, accents and punctuation folded ("Côte d'Ivoire" → "cote d ivoire"),
 * letters of every script kept ("中国", "Россия"), spaces collapsed.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Without spaces: "new zealand" and "newzealand" are the same name to a reader in a hurry. */
const compact = (folded: string) => folded.replace(/ /g, '');

/**
 * A file of the name index holds at most about this many entries: a first character with more is
 * split by the first two characters, and so on (at 10,000 entries "s" alone would be 25 kB gzip).
 * The real content is far below it, so its files are one per first character.
 */
export const SHARD_LIMIT = 200;

/** The longest key a file is split to. */
const MAX_KEY = 4;

const LATIN = /[a-z0-9]/;

/**
 * The key of the file a folded name is filed under, `length` characters long: its first characters,
 * spaces ignored, "_" for a missing or non-Latin one; every name in another script is under "x".
 */
function keyOf(folded: string, length: number): string {
  const chars = compact(folded);
  if (!LATIN.test(chars.charAt(0))) return 'x';
  let key = chars.charAt(0);
  for (let i = 1; i < length; i++) key += LATIN.test(chars.charAt(i)) ? chars.charAt(i) : '_';
  return key;
}

/**
 * Which file of the name index a folded name or query is in, given the files that exist: a query
 * needs only that one file. Undefined when there is none (nothing to match).
 */
export function shardOf(folded: string, keys: ReadonlySet<string>): string | undefined {
  if (!folded) return undefined;
  for (let length = 1; length <= MAX_KEY; length++) {
    const key = keyOf(folded, length);
    if (keys.has(key)) return key;
    if (key === 'x') return undefined;
  }
  return undefined;
}

const namesOf = (r: NameRecord) => [r.n, ...(r.a ?? [])];

/** Adds a record to a file once: a record's names are filed one after another, so a repeat is the last. */
function fileUnder(files: Record<string, NameRecord[]>, key: string, r: NameRecord): void {
  const list = (files[key] ??= []);
  if (list.at(-1) !== r) list.push(r);
}

/** Files a group of one key, split by one more character while it holds more than `limit` entries. */
function splitGroup(out: Record<string, NameRecord[]>, key: string, group: NameRecord[], limit: number): void {
  if (group.length <= limit || key === 'x' || key.length >= MAX_KEY) {
    out[key] = group;
    return;
  }
  const parts: Record<string, NameRecord[]> = {};
  for (const r of group) {
    for (const name of namesOf(r)) {
      const folded = foldName(name);
      if (keyOf(folded, key.length) === key) fileUnder(parts, keyOf(folded, key.length + 1), r);
    }
  }
  for (const [k, part] of Object.entries(parts)) splitGroup(out, k, part, limit);
}

/**
 * Every entry filed under the first character of each of its names and aliases — or, where more than
 * `limit` entries share it, under the first two (three, four) characters. Other scripts stay in one file.
 */
export function nameShards(records: readonly NameRecord[], limit = SHARD_LIMIT): Record<string, NameRecord[]> {
  const byFirst: Record<string, NameRecord[]> = {};
  for (const r of records) for (const name of namesOf(r)) fileUnder(byFirst, keyOf(foldName(name), 1), r);
  const shards: Record<string, NameRecord[]> = {};
  for (const [key, group] of Object.entries(byFirst)) splitGroup(shards, key, group, limit);
  return shards;
}

/** The index records of entries: name, aliases, page, status, kind. */
export function nameRecords(
  entries: ReadonlyArray<{ name: string; aliases: readonly string[]; url: string; status: Status; kind: Kind }>,
): NameRecord[] {
  return entries.map((e) => ({
    n: e.name,
    ...(e.aliases.length ? { a: [...e.aliases] } : {}),
    u: e.url,
    s: e.status,
    k: e.kind,
  }));
}

const KIND_ORDER: Record<Kind, number> = { countries: 0, organizations: 1, companies: 2 };
const TIER_ORDER: Record<MatchTier, number> = { exact: 0, prefix: 1, word: 2, close: 3 };

interface Key {
  record: NameRecord;
  name: string;
  folded: string;
  compact: string;
  /** The folded name's words, split once rather than on every keystroke. */
  words: string[];
  isAlias: boolean;
}

/** Queries longer than this are not names: nothing is matched (and the search page says so). */
export const MAX_QUERY_LENGTH = 80;

export interface Matcher {
  /** The best matches, best first, one per entry. */
  search(query: string, limit?: number): Match[];
}

export function createMatcher(records: readonly NameRecord[]): Matcher {
  const keys: Key[] = records.flatMap((record) =>
    namesOf(record).map((name, i) => {
      const folded = foldName(name);
      return { record, name, folded, compact: compact(folded), words: folded.split(' '), isAlias: i > 0 };
    }),
  );
  // Fuse finds the candidates (bitap over every name, typos anywhere); each is then held to a
  // budget of wrong letters, so "huawai" does not come out as Kuwait.
  const fuse = new Fuse(keys, {
    keys: ['folded'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.45,
    minMatchCharLength: 2,
  });

  return {
    search(query: string, limit = 8): Match[] {
      const q = foldName(query);
      if (!q || query.length > MAX_QUERY_LENGTH) return [];
      const qc = compact(q);
      const found = new Map<NameRecord, Match & { alias: boolean }>();
      const offer = (key: Key, tier: MatchTier, score = 0) => {
        const before = found.get(key.record);
        const better =
          !before ||
          TIER_ORDER[tier] < TIER_ORDER[before.tier] ||
          (tier === before.tier && (score < before.score || (!key.isAlias && before.alias)));
        if (better) found.set(key.record, { record: key.record, tier, matched: key.name, score, alias: key.isAlias });
      };
      for (const key of keys) {
        if (key.folded === q || key.compact === qc) offer(key, 'exact');
        else if (key.folded.startsWith(q) || key.compact.startsWith(qc)) offer(key, 'prefix');
        else if (q.length >= 2 && key.words.some((word) => word.startsWith(q))) offer(key, 'word');
      }
      // Close spellings only when the query is long enough to mean something, and not already named.
      if (qc.length >= 3 && ![...found.values()].some((m) => m.tier === 'exact')) {
        const budget = typoBudget(qc.length);
        for (const { item, score = 1 } of fuse.search(q, { limit: 30 })) {
          const wrong = leven(qc, item.compact, { maxDistance: budget + 1 });
          if (wrong <= budget) offer(item, 'close', wrong + score);
        }
      }
      return [...found.values()]
        .sort(
          (a, b) =>
            TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
            (a.tier === 'exact' ? Number(a.alias) - Number(b.alias) : 0) ||
            (a.tier === 'close' ? a.score - b.score : 0) ||
            KIND_ORDER[a.record.k] - KIND_ORDER[b.record.k] ||
            a.record.n.length - b.record.n.length ||
            a.record.n.localeCompare(b.record.n, 'en'),
        )
        .slice(0, limit)
        .map(({ alias: _alias, ...match }) => match);
    },
  };
}

/** "Did you mean …?": the best close spelling, when nothing matched by name, alias or prefix. */
export function didYouMean(matches: readonly Match[]): Match | undefined {
  if (matches.length === 0 || matches.some((m) => m.tier !== 'close')) return undefined;
  return matches[0];
}

/** Words readers search the record for that are not entry names: "Did you mean …?" covers them too. */
export const SEARCH_TERMS: readonly string[] = [
  'huawei',
  'zte',
  '5g',
  'core network',
  'radio access network',
  'rip and replace',
  'entity list',
  'high-risk vendor',
  'security',
  'spectrum auction',
  'deadline',
  'removal',
  'ban',
  'restriction',
  'equipment',
  'smartphones',
  'chips',
  'data centre',
  'submarine cable',
];

let terms: Fuse<string> | undefined;

/** The search term a misspelt query most likely meant ("huwaei" → "huawei"), if one is close. */
export function closeTerm(query: string): string | undefined {
  const q = foldName(query);
  if (q.length < 3 || SEARCH_TERMS.includes(q)) return undefined;
  terms ??= new Fuse(SEARCH_TERMS, { includeScore: true, threshold: 0.34, ignoreLocation: true });
  return terms.search(q, { limit: 1 })[0]?.item;
}
