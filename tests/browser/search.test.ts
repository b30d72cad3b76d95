// Finding the entry a reader meant, in real Chromium: the header type-ahead by keyboard alone, the
// search page's Entries block, "did you mean", the empty state, hostile input, and the form without
// JavaScript. The type-ahead's latency is logged, not asserted (timings are noisy: npm run bench).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';

const { page: openBlank, open, done } = useBrowser();

const box = (page: Page) => page.locator('#header-search');
const options = (page: Page) => page.locator('[role="listbox"] [role="option"]');

/** Focus the header box by keyboard alone: Tab from the top of the page until it has focus. */
async function tabToSearch(page: Page) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === 'header-search') return;
  }
  throw new Error('the header search box was not reached by Tab');
}

describe('the type-ahead in the header', () => {
  it('is operable by keyboard alone: arrows choose, Enter opens the entry', async () => {
    const w = await open('/countries/france/');
    await tabToSearch(w.page);
    await w.page.keyboard.type('germ');
    await expect.poll(() => options(w.page).count()).toBeGreaterThan(0);
    expect(await box(w.page).getAttribute('role')).toBe('combobox');
    expect(await box(w.page).getAttribute('aria-expanded')).toBe('true');
    expect(await options(w.page).first().locator('.typeahead__name').textContent()).toBe('Germany');
    // Announced: the live region says how many suggestions there are.
    await expect
      .poll(() => w.page.locator('.search-form [role="status"]').textContent())
      .toMatch(/^\d+ suggestions? for “germ”/);

    await w.page.keyboard.press('ArrowDown');
    const first = await options(w.page).first().getAttribute('id');
    expect(await box(w.page).getAttribute('aria-activedescendant')).toBe(first);
    expect(await options(w.page).first().getAttribute('aria-selected')).toBe('true');
    // ArrowUp from the first wraps to the last, and back down again.
    await w.page.keyboard.press('ArrowUp');
    expect(await box(w.page).getAttribute('aria-activedescendant')).toBe(
      await options(w.page).last().getAttribute('id'),
    );
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL(`${baseUrl()}/countries/germany/`);
    await done(w);
  });

  it('Escape closes the suggestions, a second Escape clears the box; Enter then searches', async () => {
    const w = await open('/');
    await tabToSearch(w.page);
    await w.page.keyboard.type('vodaf');
    await expect.poll(() => options(w.page).count()).toBeGreaterThan(0);
    await w.page.keyboard.press('Escape');
    expect(await box(w.page).getAttribute('aria-expanded')).toBe('false');
    expect(await w.page.locator('[role="listbox"]').isVisible()).toBe(false);
    expect(await box(w.page).inputValue()).toBe('vodaf');
    await w.page.keyboard.press('Escape');
    expect(await box(w.page).inputValue()).toBe('');
    // With no suggestion chosen, Enter submits the form to the search page.
    await w.page.keyboard.type('rip and replace');
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL(/\/search\/\?q=rip\+and\+replace$/);
    await done(w);
  });

  it('answers a name within a keystroke (latency logged, not asserted)', async () => {
    const w = await open('/countries/france/');
    await box(w.page).focus();
    // Focus loads the combobox; wait until it has taken over the box.
    await expect.poll(() => box(w.page).getAttribute('role')).toBe('combobox');
    // Time from keydown to the first option, measured inside the page.
    const measure = (key: string) =>
      w.page.evaluate(
        (k) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('#header-search')!;
            input.value = '';
            let start = 0;
            input.addEventListener('keydown', () => (start = performance.now()), { once: true });
            const seen = new MutationObserver(() => {
              if (document.querySelector('[role="option"]') && start) {
                seen.disconnect();
                resolve(performance.now() - start);
              }
            });
            seen.observe(document.body, { subtree: true, childList: true });
            input.dispatchEvent(new KeyboardEvent('keydown', { key: k }));
            input.value = k;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        key,
      );
    const cold = await measure('s'); // fetches the "s" names file
    const warm = await measure('g');
    console.log(
      `[type-ahead] first suggestion ${cold.toFixed(0)} ms after the keystroke (names file fetched), ${warm.toFixed(0)} ms with it cached`,
    );
    expect(await options(w.page).first().locator('.typeahead__name').textContent()).toMatch(/^G/);
    await done(w);
  });

  it('without JavaScript, the header form still submits to /search/', async () => {
    const w = await open('/countries/france/', { javaScriptEnabled: false });
    await box(w.page).fill('Germany');
    await box(w.page).press('Enter');
    await w.page.waitForURL(`${baseUrl()}/search/?q=Germany`);
    expect(await w.page.locator('h1').textContent()).toBe('Search');
    // The page says how to go on without script.
    expect(await w.page.locator('main').textContent()).toContain('needs JavaScript');
    await done(w);
  });
});

describe('the search page', () => {
  async function searchFor(q: string) {
    const w = await open(`/search/?q=${encodeURIComponent(q)}`);
    await w.page.waitForFunction(() =>
      /result|Nothing|too long/.test(document.querySelector('#search-status-message')?.textContent ?? ''),
    );
    return w;
  }

  it('focuses its box, and puts the entry meant above the full text', async () => {
    const w = await searchFor('uk');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await w.page.locator('#search-entries-list > li > a').first().textContent()).toBe('United Kingdom');
    // Excerpts read as prose: none of the old raw fragments.
    const excerpts = (await w.page.locator('#search-results li').allTextContents()).join('\n');
    expect(excerpts).not.toMatch(/Sets status|Also known as|· Europe\./);
    await done(w);
  });

  it('offers "did you mean" for a close spelling', async () => {
    const w = await searchFor('germny');
    const suggestion = w.page.locator('#search-suggestion');
    expect(await suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toBe('Did you mean Germany?');
    expect(await suggestion.locator('a').getAttribute('href')).toBe('/countries/germany/');
    await done(w);
  });

  it('never ends in a bare zero: the empty state offers ways on', async () => {
    const w = await searchFor('zzzz');
    expect(await w.page.locator('#search-status-message').textContent()).toBe('Nothing matches “zzzz”.');
    const empty = w.page.locator('#search-empty');
    expect(await empty.isVisible()).toBe(true);
    const links = await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/a-z/', '/status/banned/', '/map/']));
    await done(w);
  });

  it('refuses a wall of text instead of returning the whole index', async () => {
    const w = await searchFor('a'.repeat(5000));
    expect(await w.page.locator('#search-status-message').textContent()).toMatch(/too long/);
    expect(await w.page.locator('#search-results li').count()).toBe(0);
    expect(await w.page.locator('#search-entries-list li').count()).toBe(0);
    await done(w);
  });

  it('shows markup typed as a query as text, and runs none of it', async () => {
    const dialogs: string[] = [];
    const w = await openBlank();
    w.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await w.page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await w.page.waitForFunction(() =>
      /result|Nothing/.test(document.querySelector('#search-status-message')?.textContent ?? ''),
    );
    expect(await w.page.locator('main img').count()).toBe(0);
    expect(await w.page.locator('#search-status-message').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    await done(w);
  });
});
