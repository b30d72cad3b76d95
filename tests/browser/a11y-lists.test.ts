// axe-core, WCAG 2.2 AA, light and dark (tests/support/a11y.ts): the list, map and timeline templates,
// the lists and the map also as a phone draws them (two-line rows, the Europe map in its scrolling
// frame, the country list open).
import type { Page } from 'playwright-core';
import { a11ySuite } from '../support/a11y.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const open = (selector: string) => (page: Page) => page.locator(selector).first().click();

a11ySuite([
  { name: 'A–Z', path: '/a-z/' },
  { name: 'letter page', path: '/a-z/s/' },
  { name: 'kind list', path: '/companies/' },
  { name: 'kind list sorted by status', path: '/countries/by/status/' },
  { name: 'kind list sorted by since, on a phone', path: '/organizations/by/since/', options: PHONE },
  { name: 'A–Z on a phone', path: '/a-z/', options: PHONE },
  { name: 'status page on a phone', path: '/status/banned/', options: PHONE },
  { name: 'status page', path: '/status/restricted/' },
  { name: 'status index', path: '/status/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'year page', path: '/timeline/2020/' },
  { name: 'map', path: '/map/' },
  { name: 'map by scope', path: '/map/core/' },
  { name: 'map with its country list open', path: '/map/', ready: open('.country-index summary') },
  { name: 'map on a phone, country list open', path: '/map/', options: PHONE, ready: open('.country-index summary') },
  { name: 'map by scope on a phone', path: '/map/ran/', options: PHONE },
  { name: 'as of a year', path: '/as-of/2020/' },
  { name: 'deadlines', path: '/deadlines/' },
  { name: 'changes', path: '/changes/' },
  { name: 'coverage', path: '/coverage/' },
]);
