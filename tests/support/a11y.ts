// axe-core on every page template in one colour scheme: zero WCAG 2.2 AA violations. The two schemes
// are two test files (a11y-light, a11y-dark), so they can run side by side.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './browser.ts';

export const TEMPLATES: [string, string][] = [
  ['home', '/'],
  ['A–Z', '/a-z/'],
  ['letter page', '/a-z/s/'],
  ['country entry', '/countries/united-kingdom/'],
  ['company entry', '/companies/vodafone/'],
  ['organization entry', '/organizations/european-union/'],
  ['kind list', '/companies/'],
  ['status page', '/status/restricted/'],
  ['status index', '/status/'],
  ['timeline', '/timeline/'],
  ['year page', '/timeline/2020/'],
  ['map', '/map/'],
  ['as of a year', '/as-of/2020/'],
  ['deadlines', '/deadlines/'],
  ['FAQ', '/faq/'],
  ['about', '/about/'],
  ['data', '/data/'],
  ['404', '/does-not-exist/'],
  ['changes', '/changes/'],
  ['map by scope', '/map/core/'],
  ['groups', '/groups/'],
  ['a group', '/groups/five-eyes/'],
  ['methodology', '/methodology/'],
  ['coverage', '/coverage/'],
];

let browser: Browser;

async function violations(
  path: string,
  colorScheme: 'light' | 'dark',
  ready?: (page: import('playwright-core').Page) => Promise<unknown>,
) {
  const { page } = await openPage(browser, { colorScheme });
  await page.goto(baseUrl() + path);
  await ready?.(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  await page.context().close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

export function a11ySuite(scheme: 'light' | 'dark'): void {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  describe(`${scheme} scheme`, () => suite(scheme));
}

function suite(scheme: 'light' | 'dark'): void {
  it.each(TEMPLATES)('%s (%s) has no WCAG 2.2 AA violations', async (_, path) => {
    expect(await violations(path, scheme)).toEqual([]);
  });

  it('search with results has no WCAG 2.2 AA violations', async () => {
    const found = await violations('/search/?q=aus', scheme, (page) => page.waitForSelector('#search-results li'));
    expect(found).toEqual([]);
  });

  it('compare, with its table drawn, has no WCAG 2.2 AA violations', async () => {
    const found = await violations('/compare/?e=germany,france,vodafone', scheme, (page) =>
      page.waitForSelector('#compare-result table'),
    );
    expect(found).toEqual([]);
  });

  it('the header with its suggestions open has no WCAG 2.2 AA violations', async () => {
    const found = await violations('/countries/france/', scheme, async (page) => {
      await page.locator('#header-search').focus();
      await page.keyboard.type('swe');
      await page.waitForSelector('[role="listbox"] [role="option"]');
      await page.keyboard.press('ArrowDown');
    });
    expect(found).toEqual([]);
  });

  it('search with "did you mean" and the empty state has no WCAG 2.2 AA violations', async () => {
    const found = await violations('/search/?q=zzzz', scheme, (page) =>
      page.waitForSelector('#search-empty:not([hidden])'),
    );
    expect(found).toEqual([]);
    const close = await violations('/search/?q=germny', scheme, (page) =>
      page.waitForSelector('#search-suggestion:not([hidden])'),
    );
    expect(close).toEqual([]);
  });

  it('an FAQ answer has no WCAG 2.2 AA violations', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/faq/`);
    const href = await page.locator('.faq-item h2 a').first().getAttribute('href');
    await page.context().close();
    expect(href).toMatch(/^\/faq\/.+\/$/);
    expect(await violations(href!, scheme)).toEqual([]);
  });
}
