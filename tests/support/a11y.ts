// axe-core over every page template: zero WCAG 2.2 AA violations, in the light and the dark colour
// scheme. Each page is loaded once: every rule runs in light; then the page switches to dark and the
// rules that colour can change run again (the markup, and so every other rule's answer, is the same).
// The templates are split over two test files so that they run side by side.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

export interface A11yCase {
  name: string;
  path: string;
  /** Bring the page to the state under test (suggestions open, results shown). */
  ready?: (page: Page) => Promise<unknown>;
  /** The browser it is read in, when not the default desktop (a phone's viewport). */
  options?: BrowserContextOptions;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules whose answer depends on colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// axe-core itself, injected once per page (through the debugger, which the page's CSP does not
// govern) and run twice: once per scheme.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const run = (page: Page, options: RunOptions): Promise<AxeResults> =>
  page.evaluate((o) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, o), options);

const summary = (scheme: string, v: { id: string; help: string; nodes: { target: unknown[] }[] }) =>
  `${scheme} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`;

export function a11ySuite(cases: readonly A11yCase[]): void {
  const chromium = useBrowser();

  it.each(cases)('$name ($path) has no WCAG 2.2 AA violations, light or dark', async ({ path, ready, options }) => {
    const { page } = await chromium.open(path, { ...options, colorScheme: 'light' });
    await ready?.(page);
    await page.evaluate(AXE_SOURCE);
    const light = await run(page, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const dark = await run(page, { runOnly: { type: 'rule', values: COLOUR_RULES }, resultTypes: ['violations'] });
    await page.context().close();
    expect([
      ...light.violations.map((v) => summary('light', v)),
      ...dark.violations.map((v) => summary('dark', v)),
    ]).toEqual([]);
  });
}
