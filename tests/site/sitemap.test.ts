// One sitemap for the whole site (written after the build's parts are merged): every page but 404.
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../support/dist.ts';

describe('sitemap', () => {
  it('lists every HTML page except the 404 and the pages made to be framed (/embed/), FAQ answers included', () => {
    const index = page('/sitemap-index.xml');
    const parts = index.querySelectorAll('sitemap loc').map((l) => new URL(l.text).pathname);
    const listed = parts.flatMap((p) =>
      page(p)
        .querySelectorAll('url loc')
        .map((l) => new URL(l.text).pathname),
    );
    const expected = builtPages()
      .filter((p) => p !== '/404.html' && !p.startsWith('/embed/'))
      .sort();
    expect([...listed].sort()).toEqual(expected);
    expect(listed.some((p) => p.startsWith('/faq/') && p !== '/faq/')).toBe(true);
  });
});
