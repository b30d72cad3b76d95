// Social cards, map downloads and embeds: what each says and how it is laid out (pure functions in
// src/lib/share and src/lib/map/download.ts), one card drawn for real (satori and sharp), the PNG
// cache, and the _headers rules that let only /embed/ be framed.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/serve-static.ts';
import { drawSvg, PngCache, svgToPng } from '../../src/build/draw.ts';
import { buildEntries, type EntryView } from '../../src/lib/entries.ts';
import {
  assembleSvg,
  mapDownloads,
  mapDownloadTree,
  mapLegend,
  mapTitle,
  placeSvg,
  svgSize,
  swatchKey,
  swatchRect,
} from '../../src/lib/map/download.ts';
import { renderWorldMapSvg } from '../../src/lib/map/render-svg.ts';
import { MAP_SCOPES } from '../../src/lib/map/scopes.ts';
import { scopeInSentence } from '../../src/lib/scopes.ts';
import { buildWorldMap, type MapCountry } from '../../src/lib/map/world-map.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardAlt,
  cardTextTree,
  cardTree,
  headingSize,
  MAP_KEY,
  NAME_KEY,
  overlaySvg,
  SINCE_KEY,
  type CardNode,
} from '../../src/lib/share/card.ts';
import {
  cardPathFor,
  cardPlan,
  deservesOwnCard,
  entryCard,
  OWN_CARD_LIMIT,
  ownCardEntries,
  pageCards,
  sharedCard,
  type CardEntry,
} from '../../src/lib/share/cards.ts';
import { embedCss, embedSnippet, entryEmbedHtml, EMBED_META_CSP } from '../../src/lib/share/embed.ts';
import { shareUrls } from '../../src/lib/share/urls.ts';
import { STATUS_INFO, STATUSES } from '../../src/lib/status.ts';
import { validateContent } from '../../src/lib/validate/index.ts';
import { cspProblems, parseCsp } from '../support/csp.ts';
import { fixtureFiles, VALID_DIR } from '../support/fixtures.ts';

const ctx = { siteName: 'Huawei Tracker', site: new URL('https://tracker.example/'), buildDate: '2026-12-06' };
const views = buildEntries(validateContent(fixtureFiles(VALID_DIR), { today: '2026-12-06' }).entries);

/** Every text in a tree, in document order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const c = node.props.children;
  if (c === undefined) return [];
  return (Array.isArray(c) ? c : [c]).flatMap(texts);
}
function keys(node: CardNode | string): string[] {
  if (typeof node === 'string') return [];
  const c = node.props.children;
  const own = node.key ? [node.key] : [];
  return c === undefined ? own : [...own, ...(Array.isArray(c) ? c : [c]).flatMap(keys)];
}

const entry = (over: Partial<CardEntry> = {}): CardEntry => ({
  kind: 'countries' as const,
  slug: 'sweden',
  url: '/countries/sweden/',
  name: 'Sweden',
  iso2: 'SE',
  status: 'banned' as const,
  sinceEvent: { date: '2020-10-20' },
  ...over,
});

describe('the card layout', () => {
  it('is 1200 × 630 and says the name, the status with its symbol and word, since when, the date and the site', () => {
    const tree = cardTree(entryCard(entry(), ctx));
    expect([tree.props.style['width'], tree.props.style['height']]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect(texts(tree)).toEqual([
      'Country',
      'Sweden',
      STATUS_INFO.banned.symbol,
      'Banned',
      'since 20 October 2020',
      'Huawei Tracker',
      'tracker.example',
      'Data as of 6 December 2026',
    ]);
    expect(keys(tree)).toEqual([]);
  });

  it('uses the company wording for a company', () => {
    const model = entryCard(entry({ kind: 'companies', slug: 'acme', name: 'Acme', status: 'permitted' }), ctx);
    expect(texts(cardTree(model))).toContain(STATUS_INFO.permitted.companyLabel);
    expect(texts(cardTree(model))).not.toContain(STATUS_INFO.permitted.label);
  });

  it('leaves "since" out when no event set the status', () => {
    const model = entryCard(entry({ status: 'no-decision', sinceEvent: undefined }), ctx);
    expect(model.since).toBe('');
    expect(texts(cardTree(model)).some((t) => t.startsWith('since'))).toBe(false);
  });

  it('gives longer names a smaller heading, never below 32 px', () => {
    const sizes = [
      'Chad',
      'São Tomé and Príncipe',
      'The Federal Republic of Somewhere Quite Long Indeed',
      'x'.repeat(120),
    ].map((n) => headingSize(n));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(32);
  });

  it('keeps a box for the map on the cards that show one', () => {
    const plan = cardPlan(views, ctx);
    const site = plan.find((s) => s.path === shareUrls.siteCard())!;
    expect(keys(cardTree(site.model))).toEqual([MAP_KEY]);
    expect(site.map).toEqual({});
    const scope = plan.find((s) => s.path === shareUrls.mapCard('core'))!;
    expect(scope.map).toEqual({ scope: 'core' });
  });

  it('splits an entry’s card into the frame its kind and status share and its own text, in the frame’s boxes', () => {
    const sweden = entryCard(entry(), ctx);
    const norway = entryCard(entry({ slug: 'norway', name: 'Norway', sinceEvent: { date: '2019-01-01' } }), ctx);
    const frame = cardTree(sweden, 'frame');
    expect(JSON.stringify(frame)).toBe(JSON.stringify(cardTree(norway, 'frame')));
    expect(keys(frame)).toEqual([NAME_KEY, SINCE_KEY]);
    expect(texts(frame)).not.toContain('Sweden');
    expect(texts(frame)).toEqual(expect.arrayContaining(['Country', 'Banned', 'Data as of 6 December 2026']));
    const boxes = {
      name: { x: 64, y: 120, width: 1072, height: 250 },
      since: { x: 300, y: 420, width: 836, height: 48 },
    };
    const text = cardTextTree(sweden, boxes);
    expect(texts(text)).toEqual(['Sweden', 'since 20 October 2020']);
    const [name, since] = text.props.children as CardNode[];
    expect(name!.props.style).toMatchObject({ position: 'absolute', left: 64, top: 120, width: 1072, height: 250 });
    expect(since!.props.style).toMatchObject({ position: 'absolute', left: 300, top: 420 });
    // A card that is not an entry's has no frame of its own: laid out whole either way.
    const status = cardPlan(views, ctx).find((c) => c.path === shareUrls.statusCard('banned'))!.model;
    expect(cardTree(status, 'frame')).toEqual(cardTree(status));
  });

  it('draws one drawing over another, renaming the upper one’s ids', () => {
    const under = '<svg width="2" height="2"><mask id="satori_om-id"/><path d="M0 0"/></svg>';
    const over =
      '<svg width="2" height="2" xmlns="x"><mask id="satori_om-id"/><path mask="url(#satori_om-id)" d="M1 1"/></svg>';
    expect(overlaySvg(under, over)).toBe(
      '<svg width="2" height="2"><mask id="satori_om-id"/><path d="M0 0"/><mask id="satori_over_om-id"/><path mask="url(#satori_over_om-id)" d="M1 1"/></svg>',
    );
  });

  it('describes itself in its alt text, in words, without the symbols', () => {
    const alt = cardAlt(entryCard(entry({ status: 'restricted' }), ctx));
    expect(alt).toBe('Sweden — Restricted, since 20 October 2020. Huawei Tracker, data as of 6 December 2026.');
    const group = cardPlan(views, ctx).find((s) => s.path.startsWith('/cards/groups/'))!;
    for (const s of STATUSES) expect(cardAlt(group.model)).not.toContain(`${STATUS_INFO[s].symbol} `);
  });
});

describe('the card plan', () => {
  const plan = cardPlan(views, ctx);
  const paths = plan.map((s) => s.path);

  it('names every card once, as a PNG under /cards/', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^\/cards\/[a-z0-9/_-]+\.png$/);
  });

  it('gives countries, organizations and companies that decided their own card; the others share one per kind and status', () => {
    expect(deservesOwnCard({ kind: 'countries', status: 'permitted' })).toBe(true);
    expect(deservesOwnCard({ kind: 'organizations', status: 'no-decision' })).toBe(true);
    for (const s of STATUSES) expect(deservesOwnCard({ kind: 'companies', status: s })).toBe(STATUS_INFO[s].decision);
    const all = [
      ...views,
      entry({ kind: 'companies', slug: 'acme', url: '/companies/acme/', name: 'Acme', status: 'permitted' }),
    ] as EntryView[];
    const withShared = cardPlan(all, ctx).map((s) => s.path);
    expect(withShared).toContain(shareUrls.sharedCard('companies', 'permitted'));
    expect(withShared).not.toContain(shareUrls.entryCard('companies', 'acme'));
    for (const v of views) expect(withShared).toContain(shareUrls.entryCard(v.kind, v.slug));
    expect(sharedCard('companies', 'permitted', 1, ctx).lines).toEqual(['1 company with this status']);
  });

  it('draws at most OWN_CARD_LIMIT of them: countries first, then organizations, then companies, newest status first', () => {
    const make = (kind: CardEntry['kind'], i: number, date: string): CardEntry => ({
      kind,
      slug: `${kind}-${i}`,
      url: `/${kind}/${kind}-${i}/`,
      name: `${kind} ${i}`,
      iso2: undefined,
      status: 'banned',
      sinceEvent: { date },
    });
    const many = [
      ...Array.from({ length: 3 }, (_, i) => make('companies', i, `202${i}-01-01`)),
      ...Array.from({ length: 2 }, (_, i) => make('organizations', i, '2019-01-01')),
      make('countries', 0, '2010-01-01'),
    ];
    expect([...ownCardEntries(many, 4)]).toEqual([
      '/countries/countries-0/',
      '/organizations/organizations-0/',
      '/organizations/organizations-1/',
      '/companies/companies-2/',
    ]);
    const plan = cardPlan(many as EntryView[], ctx, ownCardEntries(many, 4)).map((s) => s.path);
    expect(plan).toContain(shareUrls.sharedCard('companies', 'banned'));
    expect(plan).not.toContain(shareUrls.entryCard('companies', 'companies-0'));
    expect(OWN_CARD_LIMIT).toBeGreaterThanOrEqual(300);
  });

  it('has a card for home, the maps, every status and every group', () => {
    expect(paths).toEqual(expect.arrayContaining([shareUrls.siteCard(), shareUrls.mapCard()]));
    for (const s of MAP_SCOPES) expect(paths).toContain(shareUrls.mapCard(s));
    for (const s of STATUSES) expect(paths).toContain(shareUrls.statusCard(s));
    expect(paths.filter((p) => p.startsWith('/cards/groups/')).length).toBeGreaterThan(3);
  });

  it('points every page at a card of the plan: its own, its family’s or the site’s', () => {
    const byUrl = new Map(views.map((v) => [v.url, v]));
    const own = ownCardEntries(views);
    const at = (p: string) => cardPathFor(p, byUrl, own);
    for (const v of views) expect(paths).toContain(at(v.url));
    expect(at('/')).toBe(shareUrls.siteCard());
    expect(at('/map/')).toBe(shareUrls.mapCard());
    expect(at('/map/energy/')).toBe(shareUrls.mapCard('energy'));
    expect(at('/status/banned/')).toBe(shareUrls.statusCard('banned'));
    expect(at('/status/banned/3/')).toBe(shareUrls.statusCard('banned'));
    expect(at('/groups/five-eyes/')).toBe(shareUrls.groupCard('five-eyes'));
    expect(at('/about/')).toBe(shareUrls.siteCard());
    const cardFor = pageCards(views, ctx);
    expect(cardFor('/countries/exampleland/').alt).toMatch(/^Exampleland — Restricted, since /);
  });
});

const countries: MapCountry[] = [
  { iso2: 'GB', name: 'United Kingdom', status: 'banned', url: '/countries/united-kingdom/' },
  { iso2: 'DE', name: 'Germany', status: 'restricted', url: '/countries/germany/' },
  { iso2: 'FR', name: 'France', status: 'restricted', url: '/countries/france/' },
  { iso2: 'SG', name: 'Singapore', status: 'permitted', url: '/countries/singapore/' },
];

describe('a map download', () => {
  const map = buildWorldMap(countries);
  const legend = mapLegend(map);
  const input = {
    map,
    title: 'World map of countries by their status towards Huawei',
    legend,
    beside: ['Singapore — No restriction'],
    dataDate: '6 December 2026',
    siteName: 'Huawei Tracker',
    pageUrl: 'https://tracker.example/map/',
    licence: 'CC BY 4.0',
  };

  it('has a legend that counts the countries the view shows, then the land without a status', () => {
    expect(legend).toEqual([
      { swatch: 'banned', label: 'Banned (1 country)' },
      { swatch: 'restricted', label: 'Restricted (2 countries)' },
      { swatch: 'permitted', label: 'No restriction (1 country)' },
      { swatch: 'blank', label: 'No entry' },
    ]);
    expect(mapLegend(buildWorldMap(countries, { view: 'europe' }))[1]).toEqual({
      swatch: 'restricted',
      label: 'Restricted (2 countries)',
    });
    expect(mapLegend(map, { blankLabel: 'No status for this part' }).at(-1)!.label).toBe('No status for this part');
  });

  it('lays out the title, the date, the map, the legend, what is not drawn and the credit', () => {
    const tree = mapDownloadTree(input);
    expect(texts(tree)).toEqual([
      input.title,
      'Data as of 6 December 2026',
      ...legend.map((l) => l.label),
      'Not drawn at this scale: Singapore — No restriction.',
      'Source: Huawei Tracker, https://tracker.example/map/ (CC BY 4.0)',
    ]);
    expect(keys(tree)).toEqual(['map', ...legend.map((l) => swatchKey(l.swatch))]);
    expect(tree.props.style['width']).toBe(map.width + 48);
  });

  it('covers every map: the world and Europe, headline and by part', () => {
    const refs = mapDownloads(MAP_SCOPES);
    expect(refs).toHaveLength(2 * (MAP_SCOPES.length + 1));
    const paths = refs.flatMap((r) => [shareUrls.mapDownload(r, 'svg'), shareUrls.mapDownload(r, 'png')]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/map/world.svg');
    expect(paths).toContain('/map/energy/europe.png');
    expect(mapTitle({ scope: 'core', view: 'europe' })).toBe('Map of Europe: status for core network');
  });

  it("keeps an abbreviation at the start of a part's name as it is in a title", () => {
    expect(mapTitle({ scope: 'ai', view: 'world' })).toBe('World map: status for AI compute (chips and servers)');
    expect(mapTitle({ scope: 'ran', view: 'world' })).toBe('World map: status for 5G radio access');
    expect(scopeInSentence('energy')).toBe('energy (inverters, plant control, grid and storage)');
  });

  it('nests the map and the swatches into the drawing, with a title and a description', () => {
    const standalone = renderWorldMapSvg(map, { standalone: true, title: 'Map' });
    const placed = placeSvg(standalone, { x: 24, y: 80.04, width: 960, height: 470 });
    expect(placed).toMatch(/^<svg x="24" y="80" width="960" height="470" viewBox="0 0 960 470" preserveAspectRatio/);
    expect(placed).toContain('data-status="banned"');
    expect(swatchRect('banned', { x: 1, y: 2, width: 22, height: 16 })).toContain('fill="url(#map-banned)"');
    expect(swatchRect('searched', { x: 1, y: 2, width: 22, height: 16 })).toContain('fill="url(#map-searched)"');
    const svg = assembleSvg(
      '<svg width="1008" height="900" viewBox="0 0 1008 900" xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>',
      [placed],
      'A & B',
      'Data as of today.',
    );
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="dl-title dl-desc" width="1008"/);
    expect(svg).toContain('<title id="dl-title">A &amp; B</title><desc id="dl-desc">Data as of today.</desc>');
    expect(svg.endsWith(`${placed}</svg>`)).toBe(true);
    expect(svgSize(svg)).toEqual({ width: 1008, height: 900 });
    expect(() => placeSvg('<g/>', { x: 0, y: 0, width: 1, height: 1 })).toThrow();
  });
});

describe('an entry’s embed page', () => {
  const html = entryEmbedHtml(
    entry({ kind: 'companies', slug: 'acme', url: '/companies/acme/', name: 'Acme & Co', status: 'restricted' }),
    ctx,
  );
  const doc = parse(html);

  it('shows the name, the status with its symbol and company wording, since when and the date of the data', () => {
    expect(doc.querySelector('h1')!.text).toBe('Acme & Co');
    const badge = doc.querySelector('.badge--restricted')!;
    expect(badge.text).toBe(`${STATUS_INFO.restricted.symbol} ${STATUS_INFO.restricted.companyLabel}`);
    expect(doc.querySelector('.embed__since time')!.getAttribute('datetime')).toBe('2020-10-20');
    expect(doc.querySelector('.embed__foot time')!.getAttribute('datetime')).toBe('2026-12-06');
  });

  it('links back to the entry, in a new tab, and asks search engines to index the entry instead', () => {
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/companies/acme/',
      '/companies/acme/',
    ]);
    expect(doc.querySelector('base')!.getAttribute('target')).toBe('_blank');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://tracker.example/companies/acme/',
    );
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
  });

  it('carries the site’s policy and loads only its own stylesheet, whose badges have both themes', () => {
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(csp).toBe(EMBED_META_CSP);
    expect(cspProblems(csp)).toEqual([]);
    expect(doc.querySelectorAll('script, style, [style]')).toHaveLength(0);
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe(shareUrls.embedCss());
    const css = embedCss();
    for (const s of STATUSES) expect(css).toContain(`.badge--${s} {`);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });

  it('is embedded by an iframe with a title, escaped', () => {
    expect(embedSnippet({ src: 'https://tracker.example/embed/x/', title: 'A "B"', width: 420, height: 220 })).toBe(
      '<iframe src="https://tracker.example/embed/x/" title="A &quot;B&quot;" width="420" height="220" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const frame = (path: string) => {
    const h = new Map([...headersFor(rules, path)].map(([k, v]) => [k.toLowerCase(), v]));
    return {
      csp: h.get('content-security-policy'),
      xfo: h.get('x-frame-options'),
      nosniff: h.get('x-content-type-options'),
    };
  };

  it('forbids framing everywhere, with the policy and X-Frame-Options', () => {
    for (const path of ['/', '/countries/sweden/', '/map/', '/map/world.png', '/embedded/']) {
      const { csp, xfo, nosniff } = frame(path);
      expect(parseCsp(csp!).get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(cspProblems(csp!), path).toEqual([]);
      expect(xfo, path).toBe('DENY');
      expect(nosniff).toBe('nosniff');
    }
  });

  it('lets any site frame /embed/: one policy, frame-ancestors *, no X-Frame-Options, the other headers kept', () => {
    for (const path of ['/embed/map/', '/embed/countries/sweden/', '/embed/embed.css']) {
      const { csp, xfo, nosniff } = frame(path);
      expect(csp, path).not.toContain(',');
      const policy = parseCsp(csp!);
      expect(policy.get('frame-ancestors'), path).toEqual(['*']);
      policy.delete('frame-ancestors');
      expect(cspProblems([...policy].map(([k, v]) => [k, ...v].join(' ')).join('; ')), path).toEqual([]);
      expect(xfo, path).toBeUndefined();
      expect(nosniff).toBe('nosniff');
    }
  });

  it('applies rules as Cloudflare Pages does: in order, a later value appended, "! Name" detaching', () => {
    const text = '/*\n  A: 1\n  B: 2\n/x/*\n  A: 3\n  ! B\n/x/y\n  B: 4\n';
    expect([...headersFor(parseHeaders(text), '/x/y')]).toEqual([
      ['A', '1, 3'],
      ['B', '4'],
    ]);
    expect([...headersFor(parseHeaders(text), '/z')]).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
  });
});

describe('drawing a card', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a PNG of 1200 × 630, once drawn and then from the cache', async () => {
    const tree = cardTree(entryCard(entry({ name: 'São Tomé and Príncipe' }), ctx));
    const { svg } = await drawSvg(tree, { width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(svgSize(svg)).toEqual({ width: 1200, height: 630 });
    // Text is drawn as shapes: no font is needed to show it.
    expect(svg).not.toContain('<text');
    const cache = new PngCache(join(dir, 'cache'));
    const key = PngCache.key('card', JSON.stringify(tree));
    let drawn = 0;
    const draw = async () => {
      drawn += 1;
      return svgToPng(svg);
    };
    await cache.write(key, join(dir, 'a', 'card.png'), draw);
    await cache.write(key, join(dir, 'b', 'card.png'), draw);
    expect([drawn, cache.misses, cache.hits]).toEqual([1, 1, 1]);
    const png = readFileSync(join(dir, 'b', 'card.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(statSync(join(dir, 'a', 'card.png')).size).toBe(png.length);
    // What this build did not use is kept a day, then dropped.
    const other = new PngCache(join(dir, 'cache'));
    expect(other.prune()).toBe(0);
    expect(other.prune(Date.now() + 2 * 24 * 3600 * 1000)).toBe(1);
  });
});
