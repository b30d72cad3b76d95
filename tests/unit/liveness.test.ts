// Source liveness: the pure functions, then checkUrl/checkAll against a local server on 127.0.0.1.
// Nothing here reaches the real network.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReport,
  classifyCheck,
  collectSourceUrls,
  formatSummary,
  renderReportJson,
  renderReportMarkdown,
  type CheckResult,
} from '../../src/lib/liveness.ts';
import type { EntryData } from '../../src/lib/schema/index.ts';
import { checkAll, checkUrl, describeFetchError, mapPool, REQUEST_HEADERS } from '../../scripts/lib/check-url.ts';
import { jsonPathFor, parseOptions } from '../../scripts/check-sources.ts';

type Source = EntryData['events'][number]['sources'][number];

/** The smallest entry collectSourceUrls reads: a file name and events with sources. */
const entry = (file: string, ...events: Source[][]) => ({
  file,
  data: {
    events: events.map((sources, i) => ({ id: `e${i}`, date: '2020', title: 'Something', type: 'other', sources })),
  } as unknown as EntryData,
});
const src = (fields: Partial<Source>): Source => ({ publisher: 'Reuters', date: '2020', ...fields });

describe('collectSourceUrls', () => {
  it('collects url, archiveUrl and viaUrl, once each, with every place that cites them', () => {
    const cited = collectSourceUrls([
      entry(
        'content/countries/a.md',
        [src({ url: 'https://x.example/1', archiveUrl: 'https://web.archive.org/x' })],
        [src({}), src({ url: 'https://x.example/1', via: 'List', viaUrl: 'https://list.example/' })],
      ),
      entry('content/companies/b.md', [src({ viaUrl: 'https://list.example/', via: 'List' })]),
    ]);
    expect(cited).toEqual([
      {
        url: 'https://x.example/1',
        citations: [
          'content/countries/a.md › events[0].sources[0].url',
          'content/countries/a.md › events[1].sources[1].url',
        ],
      },
      { url: 'https://web.archive.org/x', citations: ['content/countries/a.md › events[0].sources[0].archiveUrl'] },
      {
        url: 'https://list.example/',
        citations: [
          'content/countries/a.md › events[1].sources[1].viaUrl',
          'content/companies/b.md › events[0].sources[0].viaUrl',
        ],
      },
    ]);
  });

  it('keeps near-duplicates apart: a server may answer them differently', () => {
    const cited = collectSourceUrls([
      entry('content/countries/a.md', [src({ url: 'https://x.example/a' }), src({ url: 'https://x.example/a/' })]),
    ]);
    expect(cited.map((c) => c.url)).toEqual(['https://x.example/a', 'https://x.example/a/']);
  });
});

describe('classifyCheck', () => {
  const response = (status: number, finalUrl = 'https://x.example/'): CheckResult => ({
    kind: 'response',
    url: 'https://x.example/',
    status,
    finalUrl,
    method: 'HEAD',
  });

  it('2xx at the same address is ok', () => {
    expect(classifyCheck(response(200))).toEqual({ outcome: 'ok', status: 200 });
    expect(classifyCheck(response(204))).toEqual({ outcome: 'ok', status: 204 });
  });

  it('2xx after a redirect is redirected, with the final location', () => {
    expect(classifyCheck(response(200, 'https://x.example/new'))).toEqual({
      outcome: 'redirected',
      status: 200,
      location: 'https://x.example/new',
    });
  });

  it('4xx and 5xx are dead, with the status, and the location when a redirect led there', () => {
    expect(classifyCheck(response(404))).toEqual({ outcome: 'dead', status: 404 });
    expect(classifyCheck(response(503))).toEqual({ outcome: 'dead', status: 503 });
    expect(classifyCheck(response(410, 'https://x.example/gone'))).toEqual({
      outcome: 'dead',
      status: 410,
      location: 'https://x.example/gone',
    });
  });

  it('a failure is an error with its message; an odd status is an error too', () => {
    expect(classifyCheck({ kind: 'failure', url: 'https://x.example/', message: 'timed out after 300 ms' })).toEqual({
      outcome: 'error',
      message: 'timed out after 300 ms',
    });
    expect(classifyCheck(response(304))).toEqual({ outcome: 'error', message: 'unexpected HTTP status 304' });
  });
});

describe('the report', () => {
  const cited = [
    { url: 'https://b.example/ok', citations: ['content/countries/a.md › events[0].sources[0].url'] },
    {
      url: 'https://a.example/dead|pipe',
      citations: [
        'content/countries/a.md › events[1].sources[0].url',
        'content/companies/c.md › events[0].sources[0].url',
      ],
    },
    { url: 'https://c.example/moved', citations: ['content/countries/a.md › events[2].sources[0].archiveUrl'] },
    { url: 'https://d.example/down', citations: ['content/countries/d.md › events[0].sources[0].viaUrl'] },
    { url: 'https://a.example/ok', citations: ['content/countries/e.md › events[0].sources[0].url'] },
  ];
  // Results in another order than the URLs: they are matched by URL.
  const results: CheckResult[] = [
    { kind: 'failure', url: 'https://d.example/down', message: 'getaddrinfo ENOTFOUND d.example\nsecond line' },
    {
      kind: 'response',
      url: 'https://c.example/moved',
      status: 200,
      finalUrl: 'https://c.example/new',
      method: 'HEAD',
    },
    {
      kind: 'response',
      url: 'https://a.example/dead|pipe',
      status: 404,
      finalUrl: 'https://a.example/dead|pipe',
      method: 'GET',
    },
    { kind: 'response', url: 'https://b.example/ok', status: 200, finalUrl: 'https://b.example/ok', method: 'HEAD' },
    { kind: 'response', url: 'https://a.example/ok', status: 200, finalUrl: 'https://a.example/ok', method: 'HEAD' },
  ];
  const report = buildReport(cited, results, { checkedOn: '2026-11-22' });

  it('counts each outcome and orders lines dead, redirected, error, ok, then by URL', () => {
    expect(report.counts).toEqual({ dead: 1, redirected: 1, error: 1, ok: 2 });
    expect(report.links.map((l) => l.url)).toEqual([
      'https://a.example/dead|pipe',
      'https://c.example/moved',
      'https://d.example/down',
      'https://a.example/ok',
      'https://b.example/ok',
    ]);
    expect(formatSummary(report.counts)).toBe('5 source URLs: 2 ok, 1 redirected, 1 dead, 1 error');
  });

  it('reports a URL with no result as an error instead of dropping it', () => {
    const partial = buildReport(cited.slice(0, 1), [], { checkedOn: '2026-11-22' });
    expect(partial.links[0]).toMatchObject({ outcome: 'error', message: 'not checked' });
  });

  it('renders one Markdown table per outcome that needs work, with every citation', () => {
    const md = renderReportMarkdown(report);
    expect(md).toContain('Checked on 2026-11-22: 5 source URLs: 2 ok, 1 redirected, 1 dead, 1 error.');
    expect(md).toContain('## Dead (4xx/5xx) (1)\n\n| URL | status | cited in |\n|---|---|---|\n');
    expect(md).toContain(
      '| https://a.example/dead\\|pipe | 404 | content/countries/a.md › events[1].sources[0].url<br>content/companies/c.md › events[0].sources[0].url |',
    );
    expect(md).toContain(
      '| https://c.example/moved | https://c.example/new (200) | content/countries/a.md › events[2].sources[0].archiveUrl |',
    );
    // A multi-line error message stays in its cell.
    expect(md).toContain(
      '| https://d.example/down | getaddrinfo ENOTFOUND d.example second line | content/countries/d.md › events[0].sources[0].viaUrl |',
    );
    expect(md).toContain('## OK (2)\n\n2 URLs answered directly with 2xx; listed in the JSON report.');
    expect(md).not.toContain('| https://b.example/ok');
  });

  it('says "None." for an empty group', () => {
    const md = renderReportMarkdown(buildReport([], [], { checkedOn: '2026-11-22' }));
    expect(md).toContain('## Dead (4xx/5xx) (0)\n\nNone.');
    expect(md).toContain('## OK (0)\n\nNone.');
  });

  it('the JSON report is the report object itself, every link included', () => {
    const json = JSON.parse(renderReportJson(report)) as typeof report;
    expect(json).toEqual(report);
    expect(json.links).toHaveLength(5);
    expect(json.links[1]).toEqual({
      url: 'https://c.example/moved',
      citations: ['content/countries/a.md › events[2].sources[0].archiveUrl'],
      outcome: 'redirected',
      status: 200,
      location: 'https://c.example/new',
    });
  });
});

describe('check-sources options', () => {
  it('has the documented defaults and reads the flags', () => {
    expect(parseOptions([])).toEqual({ concurrency: 8, timeoutMs: 15000, out: 'source-report.md', strict: false });
    expect(parseOptions(['--concurrency', '2', '--timeout', '500', '--out', 'r/x.md', '--strict'])).toEqual({
      concurrency: 2,
      timeoutMs: 500,
      out: 'r/x.md',
      strict: true,
    });
  });

  it('rejects bad values and unknown flags with a message', () => {
    expect(parseOptions(['--concurrency', '0'])).toHaveProperty('error');
    expect(parseOptions(['--timeout', 'soon'])).toHaveProperty('error');
    expect(parseOptions(['--fast'])).toHaveProperty('error');
  });

  it('writes the JSON report beside the Markdown one', () => {
    expect(jsonPathFor('source-report.md')).toBe('source-report.json');
    expect(jsonPathFor('reports/links')).toBe('reports/links.json');
  });
});

describe('mapPool', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapPool([30, 5, 20, 1, 10, 2], 2, async (ms, i) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running -= 1;
      return i;
    });
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('handles an empty list and rejects a limit below one', async () => {
    await expect(mapPool([], 4, () => Promise.resolve(1))).resolves.toEqual([]);
    await expect(mapPool([1], 0, () => Promise.resolve(1))).rejects.toThrow(RangeError);
  });
});

describe('checkUrl and checkAll against a local server', () => {
  let server: Server;
  let base = '';
  /** /slow requests the server is answering right now, and the most at once (for the concurrency bound). */
  let inFlight = 0;
  let peakInFlight = 0;
  const seen: { method: string; path: string; userAgent: string }[] = [];

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/ok': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'),
    '/moved': (_req, res) => res.writeHead(301, { location: '/ok' }).end(),
    // Absolute, then relative Locations: both must resolve.
    '/chain/1': (_req, res) => res.writeHead(302, { location: `${base}/chain/2` }).end(),
    '/chain/2': (_req, res) => res.writeHead(302, { location: '3' }).end(),
    '/chain/3': (_req, res) => res.writeHead(302, { location: '/ok' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/no-location': (_req, res) => res.writeHead(301).end(),
    '/moved-to-gone': (_req, res) => res.writeHead(301, { location: '/gone' }).end(),
    '/gone': (_req, res) => res.writeHead(404).end('not found'),
    '/broken': (_req, res) => res.writeHead(500).end('oops'),
    '/no-head': (req, res) =>
      res.writeHead(req.method === 'HEAD' ? 405 : 200).end(req.method === 'HEAD' ? undefined : 'hello'),
    '/never': () => {}, // holds the request open: only the client's timeout ends it
    // Counted on its own: closes of aborted /never requests arrive late and would skew a global count.
    '/slow': (_req, res) => {
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      res.on('close', () => (inFlight -= 1));
      setTimeout(() => res.writeHead(200).end('slow'), 40);
    },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      seen.push({ method: req.method ?? '', path, userAgent: req.headers['user-agent'] ?? '' });
      (routes[path] ?? ((_q: IncomingMessage, r: ServerResponse) => r.writeHead(404).end()))(req, res);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    // The /never requests may still hold sockets open; close them so the server can stop.
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  const check = (path: string) => checkUrl(`${base}${path}`, { timeoutMs: 2000 });

  it('200: answered by HEAD alone, with a browser User-Agent', async () => {
    const before = seen.length;
    expect(await check('/ok')).toEqual({
      kind: 'response',
      url: `${base}/ok`,
      status: 200,
      finalUrl: `${base}/ok`,
      method: 'HEAD',
    });
    expect(seen.slice(before)).toEqual([{ method: 'HEAD', path: '/ok', userAgent: REQUEST_HEADERS['user-agent'] }]);
  });

  it('301: follows the Location and reports the final address', async () => {
    const result = await check('/moved');
    expect(result).toMatchObject({ kind: 'response', status: 200, finalUrl: `${base}/ok` });
    expect(classifyCheck(result)).toEqual({ outcome: 'redirected', status: 200, location: `${base}/ok` });
  });

  it('302 chain: follows absolute and relative Locations to the end', async () => {
    expect(await check('/chain/1')).toMatchObject({ status: 200, finalUrl: `${base}/ok` });
  });

  it('stops after 5 redirects, and on a redirect without a Location', async () => {
    expect(await check('/loop')).toEqual({
      kind: 'failure',
      url: `${base}/loop`,
      message: `more than 5 redirects (last to ${base}/loop)`,
    });
    expect(classifyCheck(await check('/no-location'))).toEqual({
      outcome: 'error',
      message: `GET ${base}/no-location answered 301 without a Location header`,
    });
  });

  it('404 and 500 are dead, and confirmed with GET before being reported', async () => {
    const before = seen.length;
    expect(await check('/gone')).toMatchObject({ status: 404, method: 'GET' });
    expect(seen.slice(before).map((s) => s.method)).toEqual(['HEAD', 'GET']);
    expect(classifyCheck(await check('/broken'))).toEqual({ outcome: 'dead', status: 500 });
    expect(classifyCheck(await check('/moved-to-gone'))).toEqual({
      outcome: 'dead',
      status: 404,
      location: `${base}/gone`,
    });
  });

  it('a server that rejects HEAD with 405 is checked with GET', async () => {
    const result = await check('/no-head');
    expect(result).toEqual({
      kind: 'response',
      url: `${base}/no-head`,
      status: 200,
      finalUrl: `${base}/no-head`,
      method: 'GET',
    });
    expect(classifyCheck(result)).toEqual({ outcome: 'ok', status: 200 });
  });

  it('a server that never answers times out', async () => {
    const started = performance.now();
    const result = await checkUrl(`${base}/never`, { timeoutMs: 300 });
    expect(result).toEqual({ kind: 'failure', url: `${base}/never`, message: 'timed out after 300 ms' });
    // HEAD then GET, 300 ms each: well under a second, never the default 15 s.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('checkAll keeps the bound on requests in flight and returns results in input order', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/slow?n=${i}`);
    const finished: string[] = [];
    const results = await checkAll(urls, { concurrency: 3, timeoutMs: 2000, onResult: (r) => finished.push(r.url) });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.every((r) => r.kind === 'response' && r.status === 200)).toBe(true);
    expect(finished).toHaveLength(12);
    // Never above the bound; above 1 shows the pool really runs requests side by side.
    expect(peakInFlight).toBeLessThanOrEqual(3);
    expect(peakInFlight).toBeGreaterThan(1);
  });

  it('checkAll mixes every outcome in one run', async () => {
    const paths = ['/ok', '/moved', '/gone', '/no-head', '/never'];
    const results = await checkAll(
      paths.map((p) => `${base}${p}`),
      { concurrency: 8, timeoutMs: 300 },
    );
    expect(results.map((r) => classifyCheck(r).outcome)).toEqual(['ok', 'redirected', 'dead', 'ok', 'error']);
  });
});

describe('network errors without a network', () => {
  it('reports the cause of "fetch failed" (DNS, TLS), with its code', async () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    const fetchImpl = (() => {
      return Promise.reject(new TypeError('fetch failed', { cause: dns }));
    }) as typeof fetch;
    expect(await checkUrl('https://nowhere.invalid/', { timeoutMs: 1000, fetchImpl })).toEqual({
      kind: 'failure',
      url: 'https://nowhere.invalid/',
      message: 'getaddrinfo ENOTFOUND nowhere.invalid',
    });
    const tls = Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' });
    expect(describeFetchError(new TypeError('fetch failed', { cause: tls }))).toBe(
      'CERT_HAS_EXPIRED: certificate has expired',
    );
    expect(describeFetchError('odd')).toBe('odd');
  });
});
