// Real Chromium (Debian's package) driven by playwright-core; no browser is downloaded.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM } from '../../scripts/ensure-chromium.ts';

export const baseUrl = (): string => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in CI needs --no-sandbox; the rest keeps Chromium off the (closed) network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed or 4xx/5xx requests seen so far. */
  problems: string[];
}

/** A page that records every console error, uncaught error and failed request. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.includes('/does-not-exist')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Aborted: cut short because the page navigated away (a form submitted while the type-ahead was
    // fetching, the favicon of a page left at once). A file the site lacks shows as a 404 below.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    // A deliberate visit to a missing page answers 404; anything else that fails is a problem.
    if (r.status() >= 400 && !r.url().includes('/does-not-exist')) problems.push(`${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

/**
 * One Chromium for a test file, launched before its tests and closed after them: `page` opens a
 * watched blank page, `open` one at a path of the built site, and `done` asserts that the page logged
 * no problem and closes it.
 */
export function useBrowser({ root = baseUrl }: { root?: () => string } = {}) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const page = (options: BrowserContextOptions = {}) => openPage(browser!, options);
  const open = async (path: string, options: BrowserContextOptions = {}): Promise<WatchedPage> => {
    const watched = await page(options);
    await watched.page.goto(root() + path);
    return watched;
  };
  const done = async (w: WatchedPage): Promise<void> => {
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  };
  return { page, open, done };
}
