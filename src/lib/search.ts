// The full-text search index, as records built from the data rather than parsed out of the built
// pages: each entry and FAQ answer becomes one Pagefind record with clean prose to match and to
// excerpt (no navigation, labels or badges), and the filter and sort keys the search page reads.
import type { EntryView } from './entries.ts';
import { EVIDENCE_INFO } from './evidence.ts';
import { KIND_INFO } from './kinds.ts';
import type { FaqData } from './schema/faq.ts';
import { statusLabel } from './status.ts';
import { urls } from './urls.ts';

export const FILTER_KEYS = ['status', 'kind', 'region', 'evidence', 'scope'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Values of the `kind` filter: the three kinds of entry, and FAQ answers. */
export const FAQ_KIND = 'faq';

/** Sort key: the date of an entry's latest event (ISO date strings sort correctly as text). */
export const SORT_KEY = 'changed';

/** One record of the index: what Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  /** The text to match and excerpt from. */
  content: string;
  language: 'en';
  /** Shown with the result: title and labels, never keys. */
  meta: Record<string, string>;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Record<typeof SORT_KEY, string>;
}

/**
 * Markdown as plain prose for the index: link text without its target, no reference definitions,
 * no emphasis or heading marks, no code fences. Not a renderer: just enough that excerpts read well.
 */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/^```[^\n]*$/gm, '')
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__|\*|_)(\S(?:[^*_]*\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A sentence ends with one full stop, whatever the author wrote. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * An entry's record. The summary comes first, so a match on the name excerpts the current position;
 * then every event's headline and detail, newest first, then the context.
 */
export function entryRecord(entry: EntryView, body: string): SearchRecord {
  const names = entry.aliases.length ? `${entry.name} (${entry.aliases.join(', ')})` : entry.name;
  const content = [
    sentence(names),
    sentence(entry.summary),
    ...entry.events.map((e) => sentence([e.title, e.detail].filter(Boolean).join('. '))),
    markdownText(body),
  ]
    .filter(Boolean)
    .join(' ');
  const evidence = entry.statusEvent?.evidence;
  return {
    url: entry.url,
    content,
    language: 'en',
    meta: {
      title: entry.name,
      status: statusLabel(entry.status, entry.kind),
      kind: KIND_INFO[entry.kind].singular,
      region: entry.region,
      ...(evidence ? { evidence: EVIDENCE_INFO[evidence].label } : {}),
    },
    filters: {
      status: [entry.status],
      kind: [entry.kind],
      region: [entry.region],
      ...(evidence ? { evidence: [evidence] } : {}),
      // The parts (network, energy, cables, AI) for which the entry has a status.
      ...(entry.scopes.length ? { scope: entry.scopes.map((s) => s.scope) } : {}),
    },
    sort: { [SORT_KEY]: entry.lastChanged },
  };
}

/**
 * A FAQ answer's record: the question, the short answer, then the long one. `fill` puts the data's
 * facts into their placeholders (facts.ts); it is passed in so the browser's search script, which
 * reads this module's keys, does not bundle the fact machinery.
 */
export function faqRecord(
  faq: { slug: string; data: FaqData; body: string },
  fill: (text: string) => string,
): SearchRecord {
  const answer = fill(faq.data.answer);
  const body = fill(markdownText(faq.body));
  return {
    url: urls.faq(faq.slug),
    content: [sentence(faq.data.question), sentence(answer), body].join(' '),
    language: 'en',
    meta: { title: faq.data.question, kind: 'Question' },
    filters: { kind: [FAQ_KIND] },
    sort: { [SORT_KEY]: faq.data.lastVerified },
  };
}

/**
 * What to hand the full-text index: no markup-like fragments, no word longer than any word of the
 * record ("aaaa…" five thousand times would match everything by prefix). Empty when nothing is left.
 */
export function fullTextQuery(q: string): string {
  return q
    .replace(/<[^>]*>?/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && w.length <= 40)
    .join(' ')
    .slice(0, 120)
    .trim();
}
