// Framing in a real browser: a page on another origin (a second local server, on another port) frames
// an embed page and a normal page of the site; the embed page shows, the normal page is refused
// (public/_headers: frame-ancestors, applied by the test server as a static host would).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';

const chromium = useBrowser();
let host: Server;
let hostUrl = '';

const FRAMES = {
  entry: '/embed/countries/sweden/',
  map: '/embed/map/',
  page: '/countries/sweden/',
  mapPage: '/map/',
};

beforeAll(async () => {
  const frames = Object.entries(FRAMES)
    .map(([id, path]) => `<iframe id="${id}" name="${id}" title="${id}" src="${baseUrl()}${path}"></iframe>`)
    .join('\n');
  host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Another site</title><h1>Another site</h1>${frames}</html>`);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(() => new Promise<void>((done) => host.close(() => done())));

describe('framing from another origin', () => {
  it('shows the embed pages and refuses the site’s other pages', async () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl()).origin);
    const { page } = await chromium.page();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const frame = (name: string) => page.frames().find((f) => f.name() === name)!;
    // An embed page loads inside the frame, with its content.
    expect(frame('entry').url()).toBe(`${baseUrl()}${FRAMES.entry}`);
    expect(await frame('entry').locator('h1').textContent()).toBe('Sweden');
    expect(await frame('map').locator('.world-map__canvas svg').count()).toBe(1);
    // A normal page is blocked: Chromium shows its own error page in the frame instead.
    for (const name of ['page', 'mapPage']) {
      expect(frame(name).url(), name).toMatch(/^chrome-error:/);
      expect(await frame(name).locator('main#main').count(), name).toBe(0);
    }
    await page.context().close();
  });

  it('the same pages open normally on their own', async () => {
    const watched = await chromium.open(FRAMES.page);
    expect(await watched.page.locator('h1').first().textContent()).toContain('Sweden');
    await chromium.done(watched);
  });
});
