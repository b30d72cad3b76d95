// The journeys readers make, in real Chromium against the built site — served at the root, and
// published under a base path (/huawei-tracker/, as GitHub serves project pages): the same clicks,
// searches and addresses must work in both.
import { FILTER_KEYS } from '../../src/lib/search.ts';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl, useBrowser, type WatchedPage } from '../support/browser.ts';

describe.each([
  ['served at the root', () => baseUrl()],
  ['published under a base path', () => inject('baseSiteUrl')],
])('journeys, %s', (_where, root) => {
  const chromium = useBrowser({ root });
  const visited = new Set<string>();
  const allProblems: string[] = [];

  async function open(path: string, options = {}): Promise<WatchedPage> {
    visited.add(path);
    return chromium.open(path, options);
  }

  function done(w: WatchedPage) {
    allProblems.push(...w.problems);
    expect(w.problems).toEqual([]);
  }

  /** Type a query on /search/ and wait for it to settle; the names in the Entries block and in the record. */
  async function search(w: WatchedPage, query: string) {
    await w.page.locator('#search-q').fill(query);
    await w.page.waitForFunction(
      (q) =>
        new URLSearchParams(location.search).get('q') === q &&
        /result|Nothing/.test(document.querySelector('#search-status-message')?.textContent ?? ''),
      query,
    );
    return {
      entries: await w.page.locator('#search-entries:not([hidden]) #search-entries-list > li > a').allTextContents(),
      record: await w.page.locator('#search-results h3 a').allTextContents(),
    };
  }

  describe('browse', () => {
    it('home → A–Z → a letter → an entry', async () => {
      const w = await open('/');
      await w.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'A–Z' }).click();
      await expect.poll(() => w.page.url()).toBe(`${root()}/a-z/`);
      await w.page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: /^G:/ }).click();
      await w.page.getByRole('link', { name: 'G', exact: true }).click();
      await expect.poll(() => w.page.url()).toBe(`${root()}/a-z/g/`);
      await w.page.getByRole('link', { name: 'Germany' }).click();
      await expect.poll(() => w.page.url()).toBe(`${root()}/countries/germany/`);
      expect(await w.page.locator('h1').textContent()).toBe('Germany');
      done(w);
    });
  });

  describe('search', () => {
    it('finds countries by the first letters of their name, and opens one', async () => {
      const w = await open('/search/');
      const { entries } = await search(w, 'aus');
      expect(entries).toEqual(expect.arrayContaining(['Australia', 'Austria']));
      await w.page.locator('#search-entries-list').getByRole('link', { name: 'Austria', exact: true }).click();
      await expect.poll(() => w.page.url()).toBe(`${root()}/countries/austria/`);
      done(w);
    });

    it.each([
      ['UK', 'United Kingdom'],
      ['EU', 'European Union'],
      ['Czechia', 'Czech Republic'],
      ['deutschland', 'Germany'],
      ['日本', 'Japan'],
    ])('puts the entry first for its alias or native name: %s → %s', async (alias, name) => {
      const w = await open('/search/');
      expect((await search(w, alias)).entries[0]).toBe(name);
      done(w);
    });

    it('runs the query from the header form and keeps it in the URL', async () => {
      const w = await open('/countries/');
      await w.page.locator('#header-search').fill('Germany');
      await w.page.locator('#header-search').press('Enter');
      await w.page.waitForURL(/\/search\/\?q=Germany/);
      await w.page.waitForSelector('#search-entries-list a');
      expect(await w.page.locator('#search-entries-list a').first().textContent()).toBe('Germany');
      expect(await w.page.locator('#search-q').inputValue()).toBe('Germany');
      done(w);
    });

    it('filters by status from the URL and from the form', async () => {
      const w = await open('/search/?status=banned');
      await w.page.waitForSelector('#search-results li');
      const badges = await w.page.locator('#search-results .badge').allTextContents();
      expect(badges.length).toBeGreaterThan(3);
      // Countries say "Banned"; companies say what they did ("Cut ties with Huawei"), same symbol.
      for (const b of badges) expect(b.trim()).toMatch(/^✕ /);
      await w.page.locator('#search-kind').selectOption('companies');
      await w.page.waitForURL(/kind=companies/);
      await w.page.waitForFunction(() =>
        document.querySelector('#search-status-message')?.textContent?.includes('companies'),
      );
      const metas = await w.page.locator('#search-results .search-results__meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const m of metas) expect(m).toContain('Company');
      done(w);
    });

    it('the index knows every filter, the parts among them', async () => {
      const w = await open('/search/');
      // A string, so the test runner does not rewrite the browser's import().
      const filters: Record<string, Record<string, number>> = await w.page.evaluate(
        `(async () => { const pf = await import('${new URL(root()).pathname.replace(/\/$/, '')}/pagefind/pagefind.js'); await pf.init(); return pf.filters(); })()`,
      );
      expect(Object.keys(filters).sort()).toEqual([...FILTER_KEYS].sort());
      expect(Object.keys(filters['scope']!)).toEqual(expect.arrayContaining(['core', 'energy', 'cables', 'ai']));
      expect(Object.keys(filters['kind']!).sort()).toEqual(['companies', 'countries', 'faq', 'organizations']);
      done(w);
    });
  });

  describe('link to an event', () => {
    it('an event permalink lands on that event', async () => {
      const w = await open('/countries/australia/');
      const id = await w.page.locator('.timeline .event').nth(1).getAttribute('id');
      const w2 = await open(`/countries/australia/#${id}`);
      const target = w2.page.locator(`[id="${id}"]`);
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect.poll(() => target.isVisible()).toBe(true);
      const box = await target.boundingBox();
      expect(box!.y).toBeLessThan(300);
      done(w);
      done(w2);
    });

    it('source links open in a new tab without opener or referrer', async () => {
      const w = await open('/countries/united-kingdom/');
      const links = w.page.locator('.sources a.external');
      expect(await links.count()).toBeGreaterThan(0);
      for (const a of await links.all()) {
        expect(await a.getAttribute('target')).toBe('_blank');
        expect((await a.getAttribute('rel'))?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        expect(await a.getAttribute('href')).toMatch(/^https:\/\//);
      }
      done(w);
    });
  });

  describe('keyboard and no-script', () => {
    it('the first Tab shows the skip link, which moves focus to the content', async () => {
      const w = await open('/countries/germany/');
      await w.page.keyboard.press('Tab');
      const focused = w.page.locator(':focus');
      expect(await focused.textContent()).toBe('Skip to content');
      expect(await focused.isVisible()).toBe(true);
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await w.page.keyboard.press('Enter');
      expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('main');
      done(w);
    });

    it('reaches the header search and an entry by keyboard alone', async () => {
      const w = await open('/');
      let found = false;
      for (let i = 0; i < 15 && !found; i++) {
        await w.page.keyboard.press('Tab');
        found = (await w.page.evaluate(() => document.activeElement?.id)) === 'header-search';
      }
      expect(found).toBe(true);
      await w.page.keyboard.type('Sweden');
      // Escape closes the suggestions; Enter with none chosen opens the search page, and Tab from its
      // box reaches the entry.
      await w.page.waitForSelector('[role="listbox"] [role="option"]');
      await w.page.keyboard.press('Escape');
      await w.page.keyboard.press('Enter');
      await w.page.waitForSelector('#search-entries-list a');
      for (let i = 0; i < 20; i++) {
        await w.page.keyboard.press('Tab');
        if (await w.page.evaluate(() => document.activeElement?.closest('#search-entries') !== null)) break;
      }
      await w.page.keyboard.press('Enter');
      await w.page.waitForURL(/\/countries\/sweden\/$/);
      done(w);
    });

    it('an entry reads in full with JavaScript disabled', async () => {
      const w = await open('/countries/united-kingdom/', { javaScriptEnabled: false });
      expect(await w.page.locator('h1').textContent()).toBe('United Kingdom');
      expect(await w.page.locator('.timeline .event').count()).toBeGreaterThan(3);
      expect(await w.page.locator('.sources li').count()).toBeGreaterThan(3);
      // The page's one script is the type-ahead loader; with JavaScript off nothing depends on it.
      expect(await w.page.locator('script:not([type="application/ld+json"])').count()).toBe(1);
      expect(await w.page.locator('.scope-table, .status-path').count()).toBeGreaterThan(0);
      done(w);
    });

    it('a missing page answers with a useful 404', async () => {
      const w = await open('/does-not-exist/');
      expect(await w.page.locator('h1').textContent()).toBe('Page not found');
      expect(await w.page.locator('main form[role="search"]').count()).toBe(1);
      done(w);
    });
  });

  describe('the pages visited', () => {
    it('raised no console errors and no failed requests', () => {
      expect(visited.size).toBeGreaterThan(8);
      expect(allProblems).toEqual([]);
    });
  });
});
