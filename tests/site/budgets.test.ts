// Page budgets. Sizes in bytes are deterministic, so they are tested; times are not (see npm run bench).
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
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
  // The CSS a page loads: every stylesheet it links (raw bytes, as sent before compression) and the
  // contents of any inline <style>. Styles live with their components (docs/ARCHITECTURE.md,
  // "Styles"), so a page loads global.css and the styles of the components it renders. Measured in
  // December 2026, before and after the move out of the one stylesheet (bytes): an entry page
  // 19,947 → 13,108; home 20,335 → 12,420; the lists up to 22,086 → 11,293; a map 20,835 → 10,513;
  // search 19,363 → 8,965; compare 20,699 → 9,365; an answer 19,363 → 8,506. Each limit is its
  // family's largest page and about 5 %. The first family a page's file matches is its own.
  const CSS_BUDGETS: [family: string, file: RegExp, limit: number][] = [
    ['entry', /^(countries|companies|organizations)\/[^/]+\/index\.html$/, 13.5 * KB],
    ['home', /^index\.html$/, 13 * KB],
    ['map', /^(map|embed\/map)\//, 11 * KB],
    ['search and compare', /^(search|compare)\//, 9.75 * KB],
    ['list', /^(a-z|countries|companies|organizations|status|as-of|timeline|deadlines|groups)\//, 11.75 * KB],
    ['any other page', /./, 9 * KB],
  ];
  const cssLoaded = (file: string): number => {
    const doc = parse(readBuilt(file).toString('utf8'));
    const linked = doc
      .querySelectorAll('link[rel="stylesheet"]')
      .reduce((n, l) => n + readBuilt(l.getAttribute('href')!.replace(/^\//, '')).length, 0);
    return linked + doc.querySelectorAll('style').reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  };

  it('every page loads less CSS than its budget; the embeddable cards’ own stylesheet under 3 KB', () => {
    const over: string[] = [];
    for (const f of html) {
      const [family, , limit] = CSS_BUDGETS.find(([, file]) => file.test(f))!;
      const size = cssLoaded(f);
      if (size >= limit) over.push(`${f} (${family}): ${size} bytes of CSS, over ${limit}`);
    }
    expect(over).toEqual([]);
    // An entry page loads its own styles, not the whole site's.
    const all = builtFiles().filter((f) => f.endsWith('.css') && f.startsWith('_astro/'));
    const total = all.reduce((n, f) => n + readBuilt(f).length, 0);
    expect(cssLoaded('countries/sweden/index.html')).toBeLessThan(total * 0.6);
    // The sum of every stylesheet, so that splitting them up does not make it balloon: 25.6 KB in
    // December 2026 (25.2 KB before the move; scoped selectors carry their attribute).
    expect(total).toBeLessThan(27 * KB);
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
