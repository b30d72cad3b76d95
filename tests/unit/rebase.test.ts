import { describe, expect, it } from 'vitest';
import { rebaseHtml } from '../../src/lib/rebase.ts';

describe('a page under a base path', () => {
  const base = '/huawei-tracker/';

  it('puts every site path of a link, an asset, a form and a data attribute under the base', () => {
    const html =
      '<a href="/countries/sweden/#2020-ban">S</a><img src="/map.svg" alt=""><form action="/search/"></form>' +
      '<div data-names="/search/names/" data-api="/api/v1/"></div><source srcset="/map-dark.svg" media="x">' +
      '<svg><a href="/countries/malta/"><circle r="1"/></a></svg>';
    expect(rebaseHtml(html, base)).toBe(
      '<a href="/huawei-tracker/countries/sweden/#2020-ban">S</a><img src="/huawei-tracker/map.svg" alt=""><form action="/huawei-tracker/search/"></form>' +
        '<div data-names="/huawei-tracker/search/names/" data-api="/huawei-tracker/api/v1/"></div><source srcset="/huawei-tracker/map-dark.svg" media="x">' +
        '<svg><a href="/huawei-tracker/countries/malta/"><circle r="1"/></a></svg>',
    );
  });

  it('leaves other addresses, fragments, text and paths already under the base alone', () => {
    const html =
      '<a href="https://example.org/x">x</a><a href="//cdn.example/x">y</a><a href="#top">z</a>' +
      '<a href="/huawei-tracker/_astro/a.css">w</a><p>see /countries/ in the text</p><a title="/not-an-address">v</a>';
    expect(rebaseHtml(html, base)).toBe(html);
  });

  it('changes nothing for a site at the root', () => {
    expect(rebaseHtml('<a href="/a/">a</a>', '/')).toBe('<a href="/a/">a</a>');
  });
});
