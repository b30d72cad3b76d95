// The policy in force in a real browser: pages are served with the meta policy and the _headers
// policy together, and search (Pagefind's worker and WebAssembly) still works under both.
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';

const chromium = useBrowser();

async function visit(path: string, ready?: (p: import('playwright-core').Page) => Promise<unknown>) {
  const watched = await chromium.page();
  await watched.page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await watched.page.goto(baseUrl() + path);
  await ready?.(watched.page);
  const violations = await watched.page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  return { ...watched, response, violations };
}

describe('under the Content-Security-Policy', () => {
  it('pages are served with the policy header as well as the meta tag', async () => {
    const { response, page } = await visit('/countries/sweden/');
    expect(response!.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
  });

  it.each(['/', '/countries/united-kingdom/', '/map/', '/timeline/', '/faq/'])(
    '%s raises no violation',
    async (path) => {
      const { violations, problems } = await visit(path);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  it('search still finds results, with no violation', async () => {
    const { page, violations, problems } = await visit('/search/?q=sweden', (p) =>
      p.waitForSelector('#search-results li a'),
    );
    // The name matcher's Entries block, and Pagefind's full text (its worker and WebAssembly) below.
    expect(await page.locator('#search-entries-list a').first().textContent()).toBe('Sweden');
    expect(await page.locator('#search-results h3 a').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
