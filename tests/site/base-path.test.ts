// The site published under a base path (GitHub project pages: https://owner.github.io/huawei-tracker/):
// the second build of tests/support/global-setup.ts. Every link, asset, form and script address of
// every page is under the base and resolves; the feeds, the sitemap, the API and the search files
// name addresses under it.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseSiteDir, builtFiles, builtPages, page, readBuilt } from '../support/dist.ts';
import { checkPageLinks, type LinkProblem, unbasedAddresses } from '../support/link-check.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = new URL(inject('baseSiteUrl')).pathname.replace(/\/?$/, '/');
const dir = baseSiteDir();
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

describe(`the site under ${BASE}`, () => {
  const pages = builtPages(dir);
  const files = new Set(builtFiles(dir));
  const at = (p: string) => page(p, dir);
  const problems: LinkProblem[] = [];
  for (const path of pages) {
    problems.push(...checkPageLinks(path, at(path), { files, page: at, base: BASE }));
    problems.push(...unbasedAddresses(path, at(path), BASE));
  }

  it('is a different address from the root build, with the same pages', () => {
    expect(BASE).not.toBe('/');
    expect(pages).toEqual(builtPages());
  });

  it('every internal link, fragment, asset, form and script address is under the base and resolves', () => {
    expect(problems.filter((p) => p.kind === 'broken-link' || p.kind === 'broken-fragment')).toEqual([]);
  });

  it('the canonical address, the feeds, the sitemap and the API name addresses under the base', () => {
    const canonical = at('/countries/sweden/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(new URL(canonical).pathname).toBe(`${BASE}countries/sweden/`);
    const entries = JSON.parse(read('api/v1/entries.json')) as { entries: { url: string; apiUrl: string }[] };
    for (const e of entries.entries) {
      expect(new URL(e.url).pathname.startsWith(BASE), e.url).toBe(true);
      expect(new URL(e.apiUrl).pathname.startsWith(BASE), e.apiUrl).toBe(true);
    }
    for (const loc of read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g))
      expect(new URL(loc[1]!).pathname.startsWith(BASE), loc[1]).toBe(true);
    for (const link of read('feed.xml').matchAll(/<link[^>]* href="([^"]+)"/g))
      expect(new URL(link[1]!).pathname.startsWith(BASE), link[1]).toBe(true);
  });

  it('the type-ahead and the search index lead to pages under the base', () => {
    const list = JSON.parse(read('search/names.json')) as string[];
    for (const file of list)
      for (const r of JSON.parse(read(`search/names/${file}.json`)) as { u: string }[])
        expect(r.u.startsWith(BASE), r.u).toBe(true);
    // The root build's files say the same without the base.
    const rootNames = JSON.parse(readBuilt(`search/names/${list[0]!}.json`).toString('utf8')) as { u: string }[];
    expect(rootNames[0]!.u.startsWith(BASE)).toBe(false);
  });
});
