import { describe, expect, it } from 'vitest';
import { pageOfSuffix, pageUrl, paginate } from '../../src/lib/paginate.ts';

describe('pagination', () => {
  it('splits a list into pages, the first at the list URL', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.param)).toEqual([undefined, 'page/2', 'page/3']);
    expect(pages.every((p) => p.count === 3)).toBe(true);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], param: undefined }]);
  });

  it('builds page URLs', () => {
    expect(pageUrl('/status/banned/', 1)).toBe('/status/banned/');
    expect(pageUrl('/status/banned/', 3)).toBe('/status/banned/page/3/');
  });

  it('names the page in a title only when there is more than one', () => {
    expect(pageOfSuffix({ number: 1, count: 1 })).toBe('');
    expect(pageOfSuffix({ number: 2, count: 5 })).toBe(' (page 2 of 5)');
  });
});
