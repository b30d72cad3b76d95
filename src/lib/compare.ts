// What /compare/ does with the names a reader gives it: the terms of its address (?e=a,b,c), and
// which entry a typed name means. The matcher (matcher.ts, the header's) finds the candidates; this
// decides when one is sure enough to add: a name, alias or native name written in full, or a typo
// with one clear correction ("frnace" → France). A part of a name ("fran") or a typo close to two
// entries is not guessed: the reader is asked which one they meant.
import type { Match, NameRecord } from './matcher.ts';

/** The most entries compared at once: more columns than this do not fit a screen. */
export const MAX_COMPARED = 6;

/** The address of a comparison (urls.compare): /compare/?e=germany,france. */
export function compareUrl(slugs?: readonly string[]): string {
  return slugs?.length ? `/compare/?e=${slugs.join(',')}` : '/compare/';
}

/** The terms of ?e= (or of the box): split at commas, trimmed, each once (ignoring case), in order. */
export function compareTerms(value: string): string[] {
  const seen = new Set<string>();
  return value
    .split(',')
    .map((term) => term.trim())
    .filter((term) => {
      const key = term.toLowerCase();
      if (!term || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export type Resolution = { record: NameRecord; corrected: boolean } | { record?: undefined; didYouMean: Match[] };

/** How many "did you mean" names a miss offers. */
const OFFERS = 3;

/**
 * The entry a term means, from the matcher's matches for it (best first): the first exact match; the
 * best close spelling when no other is as close (`corrected`); otherwise none, with up to three
 * matches to offer instead.
 */
export function resolveName(matches: readonly Match[]): Resolution {
  const [best, next] = matches;
  if (best?.tier === 'exact') return { record: best.record, corrected: false };
  // A close match's score is its wrong letters plus a fraction: a tie in letters is a tie.
  if (best?.tier === 'close' && (!next || Math.floor(next.score) > Math.floor(best.score)))
    return { record: best.record, corrected: true };
  return { didYouMean: matches.slice(0, OFFERS) };
}

/** The address name (slug) of an entry from its page URL ("/countries/germany/" → "germany"). */
export function slugOf(record: NameRecord): string {
  return record.u.split('/')[2] ?? '';
}
