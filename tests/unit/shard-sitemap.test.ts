import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { hashString, ownsEntry, ownsLists, shardFromEnv, shardOf } from '../../src/lib/shard.ts';
import { sitemapFiles } from '../../src/lib/sitemap.ts';

describe('build shards', () => {
  it('hash a key the same way every time, and spread keys evenly', () => {
    expect(hashString('countries/sweden')).toBe(hashString('countries/sweden'));
    const keys = Array.from({ length: 2000 }, (_, i) => `companies/company-${i}`);
    const zero = keys.filter((k) => shardOf(k, 2) === 0).length;
    expect(zero).toBeGreaterThan(900);
    expect(zero).toBeLessThan(1100);
  });

  it('give every entry to exactly one shard, and the lists to the last', () => {
    const keys = ['countries/a', 'countries/b', 'companies/c', 'organizations/d'];
    for (const count of [1, 2, 3]) {
      const shards = Array.from({ length: count }, (_, index) => ({ index, count }));
      for (const k of keys) expect(shards.filter((s) => ownsEntry(s, k))).toHaveLength(1);
      expect(shards.filter(ownsLists).map((s) => s.index)).toEqual([count - 1]);
    }
  });

  it('read the shard from the environment, one shard by default', () => {
    expect(shardFromEnv({})).toEqual({ index: 0, count: 1 });
    expect(shardFromEnv({ SHARD_INDEX: '1', SHARD_COUNT: '2' })).toEqual({ index: 1, count: 2 });
    expect(shardFromEnv({ SHARD_INDEX: '7', SHARD_COUNT: '2' })).toEqual({ index: 1, count: 2 });
  });
});

describe('sitemap', () => {
  const site = new URL('https://example.org/');
  it('lists every URL once, sorted, with lastmod where known, behind an index', () => {
    const files = sitemapFiles(
      [{ loc: 'https://example.org/b/' }, { loc: 'https://example.org/a/', lastmod: '2026-11-01' }],
      site,
    );
    expect(files.map((f) => f.path)).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
    const urlset = parse(files[1]!.body);
    expect(urlset.querySelectorAll('loc').map((l) => l.text)).toEqual(['https://example.org/a/', 'https://example.org/b/']);
    expect(urlset.querySelector('lastmod')!.text).toBe('2026-11-01');
    expect(parse(files[0]!.body).querySelector('loc')!.text).toBe('https://example.org/sitemap-0.xml');
  });

  it('splits at the protocol limit', () => {
    const urls = Array.from({ length: 5 }, (_, i) => ({ loc: `https://example.org/${i}/` }));
    const files = sitemapFiles(urls, site, 2);
    expect(files.map((f) => f.path)).toEqual(['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(parse(files[0]!.body).querySelectorAll('sitemap')).toHaveLength(3);
  });

  it('escapes URLs', () => {
    const [, part] = sitemapFiles([{ loc: 'https://example.org/?a=1&b=2' }], site);
    expect(part!.body).toContain('?a=1&amp;b=2');
  });
});
