import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkPageLinks, resolvePath } from '../support/link-check.ts';

const files = new Set(['index.html', 'countries/sweden/index.html', 'feed.xml', 'a-z/index.html']);
const pages: Record<string, string> = {
  '/countries/sweden/': '<main><li id="2020-ban">x</li></main>',
  '/a-z/': '<h2 id="letter-s">S</h2>',
};
const site = { files, page: (p: string) => parse(pages[p] ?? '') };
const check = (path: string, html: string) => checkPageLinks(path, parse(html), site);

describe('the link checker', () => {
  it('resolves URL paths to built files', () => {
    expect(resolvePath('/countries/sweden/', files)).toBe('countries/sweden/index.html');
    expect(resolvePath('/feed.xml', files)).toBe('feed.xml');
    expect(resolvePath('/countries/norway/', files)).toBeUndefined();
  });

  it('accepts links and fragments that exist', () => {
    expect(
      check('/', '<a href="/countries/sweden/#2020-ban">a</a><a href="/a-z/#letter-s">b</a><a href="/feed.xml">c</a>'),
    ).toEqual([]);
  });

  it('reports a missing page and a missing fragment, on this page or another', () => {
    const problems = check(
      '/',
      '<p id="here"></p><a href="/countries/norway/">a</a><a href="/countries/sweden/#nope">b</a><a href="#gone">c</a><a href="#here">d</a>',
    );
    expect(problems.map((p) => `${p.kind} ${p.detail}`)).toEqual([
      'broken-link /countries/norway/',
      'broken-fragment /countries/sweden/#nope',
      'broken-fragment #gone',
    ]);
  });

  it('reports duplicate ids', () => {
    expect(check('/', '<p id="a"></p><p id="a"></p>').map((p) => p.kind)).toEqual(['duplicate-id']);
  });

  it('requires external links to be https and to open without opener or referrer', () => {
    const problems = check(
      '/',
      '<a href="https://ok.example/" rel="noopener noreferrer">ok</a><a href="http://x.example/" rel="noopener noreferrer">http</a><a href="https://y.example/">bare</a>',
    );
    expect(problems.map((p) => p.detail)).toEqual(['not https: http://x.example/', 'missing rel: https://y.example/']);
  });

  it('leaves canonical and alternate <link>s to the public address alone', () => {
    expect(check('/', '<link rel="canonical" href="https://public.example/">')).toEqual([]);
  });
});
