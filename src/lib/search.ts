/**
 * Pagefind configuration through markup: the keys the index is built with, and the attributes that
 * carry them. The search page reads the same keys, so the two cannot drift.
 */
export const FILTER_KEYS = ['status', 'kind', 'region'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Values of the `kind` filter: the three kinds of entry, and FAQ answers. */
export const FAQ_KIND = 'faq';

/** Sort key: the date of an entry's latest event (ISO date strings sort correctly as text). */
export const SORT_KEY = 'changed';

export interface SearchRecord {
  /** FAQ answers have a kind but no status or region. */
  filters: Partial<Record<FilterKey, string>>;
  /** Date of the entry's latest change. */
  changed: string;
  /** Shown with results (labels, not keys). */
  meta: Record<string, string>;
}

/**
 * The attributes for an entry's indexed element. Pagefind reads an inline value ("status:banned")
 * to the end of the attribute, so several values on one element are captured from data attributes
 * instead: data-pagefind-filter="status[data-pf-status], kind[data-pf-kind], …".
 */
export function searchAttrs({ filters, changed, meta }: SearchRecord): Record<string, string> {
  const attrs: Record<string, string> = { 'data-pagefind-body': '' };
  const capture = (keys: string[], prefix: string) => keys.map((k) => `${k}[data-pf-${prefix}${k}]`).join(', ');
  for (const [k, v] of Object.entries(filters)) if (v !== undefined) attrs[`data-pf-${k}`] = v;
  for (const [k, v] of Object.entries(meta)) attrs[`data-pf-meta-${k}`] = v;
  attrs[`data-pf-${SORT_KEY}`] = changed;
  attrs['data-pagefind-filter'] = capture(
    Object.keys(filters).filter((k) => filters[k as FilterKey] !== undefined),
    '',
  );
  attrs['data-pagefind-meta'] = capture(Object.keys(meta), 'meta-');
  attrs['data-pagefind-sort'] = capture([SORT_KEY], '');
  return attrs;
}
