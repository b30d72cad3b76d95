// A first search in Chromium against the built site: what the browser downloads before the first
// results appear — on the search page (the name index, the page script and Pagefind), and in the
// header's type-ahead (the matcher's code and one names file), which answers a name on its own.
import { CHROMIUM } from '../ensure-chromium.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../lib/serve-static.ts';
import { gzipSize } from './site-size.ts';

export interface FirstSearch {
  query: string;
  results?: string;
  millis?: number;
  requests: { path: string; bytes: number; transferBytes: number }[];
  /** What a compressing static host sends: gzip of text files; Pagefind's own files are already gzip. */
  transferBytes: number;
  rawBytes: number;
  byKind: Record<string, { files: number; transferBytes: number }>;
  note?: string;
  /** The type-ahead: from focusing the header box to the first suggestion for the query. */
  typeahead?: { millis: number; transferBytes: number; requests: { path: string; transferBytes: number }[] };
}

function requestKind(path: string): string {
  if (path.startsWith('/search/names')) return 'names';
  if (path.startsWith('/_astro/')) return 'site-js';
  if (/\/pagefind(-worker)?\.js$/.test(path)) return 'js';
  if (path.endsWith('.pagefind')) return 'wasm';
  const ext = /\.pf_(\w+)$/.exec(path)?.[1];
  return ext ?? 'other';
}

/** The files at these paths, with what a compressing host would send for each. */
function measured(siteDir: string, list: string[]) {
  return list.map((path) => {
    const bytes = readFileSync(join(siteDir, path));
    return { path, bytes: bytes.length, transferBytes: Math.min(bytes.length, gzipSize(bytes)) };
  });
}

/**
 * The type-ahead, in a fresh context (nothing cached): a list page, then the query typed in the
 * header box, until the first suggestion shows. The loader came with the page; it is counted too.
 */
async function measureTypeahead(
  browser: import('playwright-core').Browser,
  url: string,
  query: string,
  paths: string[],
  siteDir: string,
): Promise<NonNullable<FirstSearch['typeahead']>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/a-z/`);
  paths.splice(0);
  const typed = performance.now();
  await page.locator('#header-search').fill(query);
  await page.waitForSelector('[role="option"]', { timeout: 30_000 });
  const millis = performance.now() - typed;
  await page.waitForLoadState('networkidle');
  const loader = (await page.locator('script[src^="/_astro/"]').first().getAttribute('src')) ?? '';
  const requests = measured(siteDir, [loader, ...paths.splice(0)].filter(Boolean));
  await context.close();
  return {
    millis,
    transferBytes: requests.reduce((n, r) => n + r.transferBytes, 0),
    requests: requests.map(({ path, transferBytes }) => ({ path, transferBytes })),
  };
}

export async function firstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  const empty: FirstSearch = { query, requests: [], transferBytes: 0, rawBytes: 0, byKind: {} };
  if (!existsSync(CHROMIUM)) return { ...empty, note: `skipped: no Chromium at ${CHROMIUM}` };
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { ...empty, note: 'skipped: playwright-core is not installed' };
  }
  const { server, url } = await serveStatic(siteDir);
  // Counted at the server: it sees the worker's requests too, and each file once per fetch.
  const paths: string[] = [];
  server.on('request', (req) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (/^\/(pagefind\/|search\/names|_astro\/)/.test(path) && !path.endsWith('.css')) paths.push(path);
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
  const problems: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const started = performance.now();
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    try {
      await page.waitForFunction(
        () =>
          /\bresults? in the record for\b|Nothing matches|could not load/.test(
            document.querySelector('#search-status-message')?.textContent ?? '',
          ),
        null,
        {
          timeout: 60_000,
        },
      );
    } catch {
      const shown = (await page.textContent('#search-status-message').catch(() => null))?.trim();
      return {
        ...empty,
        note: `failed: no result after 60 s (message: ${JSON.stringify(shown ?? null)}; ${problems.slice(0, 3).join('; ') || 'no console errors'})`,
      };
    }
    const millis = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const results = (await page.textContent('#search-status-message'))?.trim() ?? '';
    const requests = measured(siteDir, paths.splice(0));
    const typeahead = await measureTypeahead(browser, url, query, paths, siteDir);
    const byKind: FirstSearch['byKind'] = {};
    for (const r of requests) {
      const k = (byKind[requestKind(r.path)] ??= { files: 0, transferBytes: 0 });
      k.files += 1;
      k.transferBytes += r.transferBytes;
    }
    return {
      query,
      results,
      millis,
      requests,
      transferBytes: requests.reduce((n, r) => n + r.transferBytes, 0),
      rawBytes: requests.reduce((n, r) => n + r.bytes, 0),
      byKind,
      typeahead,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
