// Page budgets. Sizes in bytes are deterministic, so they are tested; times are not (see npm run bench).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { foldName, type NameRecord, shardOf } from '../../src/lib/matcher.ts';
import { builtFiles, contentEntries, readBuilt } from '../support/dist.ts';

const KB = 1024;
const gz = (path: string) => gzipSync(readBuilt(path), { level: 9 }).length;
const html = builtFiles().filter((f) => f.endsWith('.html'));
const entryPages = html.filter((f) => /^(countries|companies|organizations)\/[^/]+\/index\.html$/.test(f));

describe('page budgets (gzipped HTML)', () => {
  // An entry page is its template plus its events: the US page, with its dozens of events and
  // hundreds of sources, is rightly bigger than Monaco's two. So the template has a budget, each
  // event has one, and so does each row of a country's table of operators. The template's budget
  // grew by 0.25 KB in December 2026 for the social card's head tags and the code that embeds the
  // entry's status card (measured: 183 to 212 bytes gzipped on every entry page).
  it('the median entry page is under 6 KB; any page is under 5.75 KB plus 0.6 KB per event and 0.35 KB per operator', () => {
    const sizes = entryPages.map(gz).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]!).toBeLessThan(6 * KB);
    expect(sizes[Math.floor(sizes.length * 0.9)]!).toBeLessThan(10 * KB);
    const entries = contentEntries();
    const operators = (iso2: string) =>
      entries.filter((o) => 'operates' in o.data && o.data.operates?.some((x) => x.country === iso2)).length;
    const budget = new Map(
      entries.map((e) => [
        `${e.kind}/${e.slug}/index.html`,
        5.75 * KB + 0.6 * KB * e.data.events.length + 0.35 * KB * ('iso2' in e.data ? operators(e.data.iso2) : 0),
      ]),
    );
    const over = entryPages
      .map((f) => ({ f, size: gz(f), budget: budget.get(f)! }))
      .filter(({ size, budget }) => size > budget);
    expect(over).toEqual([]);
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
  // 20 KB until December 2026; 24 KB since components carry their own scoped styles (each selector
  // then names the component's scope attribute, about 25 bytes): the two-line list rows, the header
  // menu, the Europe map's frame and the country list, about 4 KB in all.
  it('CSS is under 24 KB in total (raw); the embeddable cards’ own stylesheet under 3 KB', () => {
    const css = builtFiles().filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/') && !f.startsWith('embed/'));
    const total = css.reduce((n, f) => n + readBuilt(f).length, 0);
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(24 * KB);
    expect(readBuilt('embed/embed.css').length).toBeLessThan(3 * KB);
  });

  // Every page loads the type-ahead loader; the rest of the type-ahead (combobox, matcher, Fuse.js)
  // loads on the first focus of the search box, and the search and compare pages have their own.
  it('the scripts of our own are the loader, its lazy chunks and two page scripts, each small', () => {
    const js = builtFiles().filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
    const loader = js.find((f) => /^_astro\/SiteHeader\./.test(f))!;
    const lazy = [
      ...readBuilt(loader)
        .toString('utf8')
        .matchAll(/"(_astro\/[^"]+\.js)"/g),
    ].map((m) => m[1]!);
    const pageScripts = js.filter((f) => /^_astro\/(search|compare)\.astro/.test(f));
    // Chunks the two page scripts share (vocabulary labels), imported statically by them.
    const shared = pageScripts.flatMap((f) =>
      [
        ...readBuilt(f)
          .toString('utf8')
          .matchAll(/from"\.\/([^"]+\.js)"/g),
      ].map((m) => `_astro/${m[1]!}`),
    );
    expect(pageScripts).toHaveLength(2);
    expect(lazy.length).toBeGreaterThan(0);
    expect([...new Set([loader, ...lazy, ...pageScripts, ...shared])].sort()).toEqual(js);
    for (const f of shared.filter((s) => !lazy.includes(s))) expect(gz(f), f).toBeLessThan(3 * KB);
    expect(gz(loader)).toBeLessThan(1.5 * KB);
    // The type-ahead as a whole, from focus to the first suggestion (names files not counted).
    expect(gz(loader) + [...new Set(lazy)].reduce((n, f) => n + gz(f), 0)).toBeLessThan(14 * KB);
    for (const f of pageScripts) expect(gz(f), f).toBeLessThan(3 * KB);
  });

  it('the names file a first keystroke loads is small', () => {
    const names = builtFiles().filter((f) => /^search\/names\/[^/]+\.json$/.test(f));
    expect(names.length).toBeGreaterThan(20);
    for (const f of names) expect(gz(f), f).toBeLessThan(3 * KB);
    // The list the browser reads names exactly these files, so no query asks for a missing one.
    const listed = JSON.parse(readBuilt('search/names.json').toString('utf8')) as string[];
    expect(listed).toEqual(names.map((f) => f.slice('search/names/'.length, -'.json'.length)).sort());
    // Compare finds an entry from its address name in the file the slug folds to: true of every entry.
    const keys = new Set(listed);
    for (const e of contentEntries()) {
      const shard = shardOf(foldName(e.slug), keys);
      const records = shard
        ? (JSON.parse(readBuilt(`search/names/${shard}.json`).toString('utf8')) as NameRecord[])
        : [];
      expect(
        records.map((r) => r.u),
        e.file,
      ).toContain(`/${e.kind}/${e.slug}/`);
    }
  });
});
