// axe-core, WCAG 2.2 AA, light and dark (tests/support/a11y.ts): home, entries, groups, compare, search
// in its states, and the reference pages.
import type { Page } from 'playwright-core';
import { a11ySuite } from '../support/a11y.ts';

a11ySuite([
  { name: 'home', path: '/' },
  {
    name: 'the header menu open at 1024 px',
    path: '/',
    options: { viewport: { width: 1024, height: 768 } },
    ready: (page: Page) => page.locator('.nav-menu summary').click(),
  },
  {
    name: 'the header menu open on a phone',
    path: '/countries/',
    options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    ready: (page: Page) => page.locator('.nav-menu summary').click(),
  },
  { name: 'country entry', path: '/countries/united-kingdom/' },
  { name: 'company entry', path: '/companies/vodafone/' },
  { name: 'organization entry', path: '/organizations/european-union/' },
  { name: 'groups', path: '/groups/' },
  { name: 'a group', path: '/groups/five-eyes/' },
  {
    name: 'compare, with its table drawn',
    path: '/compare/?e=germany,france,vodafone',
    ready: (page: Page) => page.waitForSelector('#compare-result table'),
  },
  {
    name: 'compare with "did you mean" and its suggestions open',
    path: '/compare/?e=germany,austraia',
    ready: async (page: Page) => {
      await page.waitForSelector('#compare-message a');
      await page.locator('#compare-add').focus();
      await page.keyboard.type('frnace');
      await page.waitForSelector('#compare-form [role="option"]');
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'the header with its suggestions open',
    path: '/countries/france/',
    ready: async (page: Page) => {
      await page.locator('#header-search').focus();
      await page.keyboard.type('swe');
      await page.waitForSelector('[role="listbox"] [role="option"]');
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'search with results',
    path: '/search/?q=aus',
    ready: (page: Page) => page.waitForSelector('#search-results li'),
  },
  {
    name: 'search with "did you mean"',
    path: '/search/?q=germny',
    ready: (page: Page) => page.waitForSelector('#search-suggestion:not([hidden])'),
  },
  {
    name: 'search with nothing found',
    path: '/search/?q=zzzz',
    ready: (page: Page) => page.waitForSelector('#search-empty:not([hidden])'),
  },
  { name: 'FAQ', path: '/faq/' },
  { name: 'an FAQ answer', path: '/faq/what-restricted-means/' },
  { name: 'about', path: '/about/' },
  { name: 'methodology', path: '/methodology/' },
  { name: 'data', path: '/data/' },
  { name: '404', path: '/does-not-exist/' },
]);
