// Page budgets. Sizes in bytes are deterministic, so they are tested; times are not (see npm run bench).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFiles, readBuilt } from '../support/dist.ts';

const KB = 1024;
const gz = (path: string) => gzipSync(readBuilt(path), { level: 9 }).length;
const html = builtFiles().filter((f) => f.endsWith('.html'));
const entryPages = html.filter((f) => /^(countries|companies|organizations)\/[^/]+\/index\.html$/.test(f));

describe('page budgets (gzipped HTML)', () => {
  it('a typical entry page is under 10 KB, and none is over 12 KB', () => {
    const sizes = entryPages.map(gz).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    const p90 = sizes[Math.floor(sizes.length * 0.9)]!;
    expect(median).toBeLessThan(10 * KB);
    expect(p90).toBeLessThan(10 * KB);
    expect(sizes.at(-1)!).toBeLessThan(12 * KB);
  });

  it('every list page is under 100 KB', () => {
    const lists = html.filter(
      (f) =>
        /^(a-z|status|timeline|as-of|countries\/(index|page)|companies\/(index|page)|organizations\/(index|page)|map|deadlines|faq\/index)/.test(
          f,
        ) || f === 'index.html',
    );
    expect(lists.length).toBeGreaterThan(40);
    const over = lists.map((f) => [f, gz(f)] as const).filter(([, size]) => size >= 100 * KB);
    expect(over).toEqual([]);
  });
});

describe('assets', () => {
  it('CSS is under 20 KB in total (raw)', () => {
    const css = builtFiles().filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
    const total = css.reduce((n, f) => n + readBuilt(f).length, 0);
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(20 * KB);
  });

  it('the only script of our own is the search page script, and it is small', () => {
    const js = builtFiles().filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
    expect(js).toHaveLength(1);
    expect(js[0]).toMatch(/^_astro\/search\./);
    expect(gz(js[0]!)).toBeLessThan(3 * KB);
  });
});
