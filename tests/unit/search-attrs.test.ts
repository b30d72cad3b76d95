import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, searchAttrs, SORT_KEY } from '../../src/lib/search.ts';

describe('Pagefind attributes', () => {
  const attrs = searchAttrs({
    filters: { status: 'under-review', kind: 'countries', region: 'Middle East' },
    changed: '2020-05',
    meta: { status: 'Under review', kind: 'Country' },
  });
  const html = `<article ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}></article>`;
  const el = parse(html).querySelector('article')!;

  it('marks the element as the indexed body', () => {
    expect(el.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it('captures every filter from its own attribute, in one data-pagefind-filter list', () => {
    // Pagefind reads an inline "key:value" to the end of the attribute, so values are captured from attributes.
    expect(el.getAttribute('data-pagefind-filter')).toBe(
      'status[data-pf-status], kind[data-pf-kind], region[data-pf-region]',
    );
    for (const key of FILTER_KEYS) expect(el.getAttribute(`data-pf-${key}`)).toBeTruthy();
    expect(el.getAttribute('data-pf-region')).toBe('Middle East');
  });

  it('sorts by the date of the last change and carries labels as metadata', () => {
    expect(el.getAttribute('data-pagefind-sort')).toBe(`${SORT_KEY}[data-pf-${SORT_KEY}]`);
    expect(el.getAttribute(`data-pf-${SORT_KEY}`)).toBe('2020-05');
    expect(el.getAttribute('data-pagefind-meta')).toBe('status[data-pf-meta-status], kind[data-pf-meta-kind]');
    expect(el.getAttribute('data-pf-meta-status')).toBe('Under review');
  });
});
