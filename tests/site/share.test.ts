// What the built site gives others: every page's social card (a PNG of 1200 × 630 that exists, with
// alt text), every map as SVG and PNG with its title, date and credit, the embeddable pages with the
// code to embed them, and the headers that let only those pages be framed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { mapDownloads, mapTitle } from '../../src/lib/map/download.ts';
import { MAP_SCOPES } from '../../src/lib/map/scopes.ts';
import { shareUrls } from '../../src/lib/share/urls.ts';
import { deservesOwnCard, OWN_CARD_LIMIT } from '../../src/lib/share/cards.ts';
import { entryEmbedTitle } from '../../src/lib/share/embed.ts';
import { escapeHtml } from '../../src/lib/escape.ts';
import { statusLabel } from '../../src/lib/status.ts';
import { builtFiles, builtPages, contentEntries, page, readBuilt, siteDir } from '../support/dist.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size from its header (the IHDR chunk), after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The site's public address, as the build was given it. */
const site = () => new URL(page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

const meta = (path: string, key: string) =>
  page(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('social cards', () => {
  const pages = builtPages().filter((p) => p.endsWith('/') && !p.startsWith('/embed/'));
  const sizes = new Map<string, { width: number; height: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) sizes.set(file, (size = pngSize(readBuilt(file))));
    return size;
  };

  it('every page names one, a PNG of 1200 × 630 that exists, with alt text, for OpenGraph and Twitter', () => {
    expect(pages.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const p of pages) {
      const image = meta(p, 'og:image');
      const alt = meta(p, 'og:image:alt');
      if (!image || !alt) {
        bad.push(`${p}: no og:image or no alt`);
        continue;
      }
      const url = new URL(image);
      if (!url.pathname.endsWith('.png') || !existsSync(join(siteDir(), url.pathname))) {
        bad.push(`${p}: ${url.pathname} is not a PNG of the site`);
        continue;
      }
      expect(sizeOf(url.pathname), p).toEqual({ width: 1200, height: 630 });
      expect([meta(p, 'og:image:width'), meta(p, 'og:image:height')], p).toEqual(['1200', '630']);
      // X falls back to og:title, og:description and og:image; only the card type and the alt are its own.
      expect([meta(p, 'twitter:card'), meta(p, 'twitter:image:alt')], p).toEqual(['summary_large_image', alt]);
      expect([meta(p, 'twitter:title'), meta(p, 'twitter:description'), meta(p, 'twitter:image')], p).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
      expect(alt.length, p).toBeGreaterThan(20);
    }
    expect(bad).toEqual([]);
  });

  it('an entry’s card is its own, or its kind’s and status’s for a company that decided nothing (or past the limit)', () => {
    const own = builtFiles().filter((f) => /^cards\/(countries|companies|organizations)\/[^_]/.test(f)).length;
    for (const e of contentEntries()) {
      const path = `/${e.kind}/${e.slug}/`;
      const image = new URL(meta(path, 'og:image')!).pathname;
      const alt = meta(path, 'og:image:alt')!;
      const label = statusLabel(e.data.status, e.kind);
      if (image === shareUrls.entryCard(e.kind, e.slug)) expect(alt, path).toContain(`${e.data.name} — ${label}`);
      else {
        expect(image, path).toBe(shareUrls.sharedCard(e.kind, e.data.status));
        expect(alt, path).toContain(label);
        if (deservesOwnCard({ kind: e.kind, status: e.data.status })) expect(own, path).toBe(OWN_CARD_LIMIT);
      }
    }
  });

  it('home, the maps, the status pages and the groups have theirs', () => {
    const card = (p: string) => new URL(meta(p, 'og:image')!).pathname;
    expect(card('/')).toBe(shareUrls.siteCard());
    expect(card('/map/')).toBe(shareUrls.mapCard());
    for (const s of MAP_SCOPES) expect(card(`/map/${s}/`)).toBe(shareUrls.mapCard(s));
    expect(card('/status/banned/')).toBe(shareUrls.statusCard('banned'));
    expect(card('/groups/five-eyes/')).toBe(shareUrls.groupCard('five-eyes'));
  });

  it('every card in /cards/ is a 1200 × 630 PNG', () => {
    const cards = builtFiles().filter((f) => f.startsWith('cards/'));
    expect(cards.length).toBeGreaterThan(contentEntries().length / 2);
    for (const f of cards) expect(sizeOf(`/${f}`), f).toEqual({ width: 1200, height: 630 });
  });
});

describe('map downloads', () => {
  const refs = mapDownloads(MAP_SCOPES);
  const parser = new XMLParser({ ignoreAttributes: false });

  it.each(refs.map((r) => [shareUrls.mapDownload(r, 'svg'), r] as const))(
    '%s parses as SVG, with its title, the date of the data and the credit; its PNG is the same picture',
    (path, ref) => {
      const text = readBuilt(path).toString('utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      const svg = parser.parse(text).svg;
      expect(svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
      expect(svg.title['#text']).toBe(mapTitle(ref));
      expect(svg.desc['#text']).toContain('Data as of 6 December 2026');
      expect(svg.desc['#text']).toContain(`Source: Huawei Tracker, ${site()}${shareUrls.mapPage(ref.scope)}`);
      // The map itself, nested with its own shapes; the headline maps colour a country per status.
      expect(text).toContain('preserveAspectRatio="xMidYMid meet"');
      if (!ref.scope) expect(text).toContain('data-status="banned"');
      const png = pngSize(readBuilt(shareUrls.mapDownload(ref, 'png')));
      expect(png).toEqual({ width: 2 * Number(svg['@_width']), height: 2 * Number(svg['@_height']) });
    },
  );

  it('each map links to its downloads, and the main map of each page to its embed code', () => {
    for (const scope of [undefined, ...MAP_SCOPES]) {
      const doc = page(shareUrls.mapPage(scope));
      const links = doc.querySelectorAll('.map-share a').map((a) => a.getAttribute('href'));
      const expected = (['world', 'europe'] as const).flatMap((view) => [
        shareUrls.mapDownload({ scope, view }, 'svg'),
        shareUrls.mapDownload({ scope, view }, 'png'),
      ]);
      expect(links.filter((h) => !h!.startsWith('#'))).toEqual(expected);
      expect(links).toContain('#embed');
      const code = doc.querySelector('#embed ~ .embed-code')!.text;
      expect(code).toContain(`src="${site()}${shareUrls.embedMap(scope)}"`);
      expect(code).toMatch(/<iframe [^>]*title="[^"]+"/);
    }
  });
});

describe('embeddable pages', () => {
  it('exist for every entry and show its status, linking back to it; the entry shows the code', () => {
    for (const e of contentEntries()) {
      const path = shareUrls.embedEntry(e.kind, e.slug);
      const doc = page(path);
      const back = `/${e.kind}/${e.slug}/`;
      expect(doc.querySelector('h1 a')?.getAttribute('href'), path).toBe(back);
      expect(doc.querySelector(`.badge--${e.data.status}`)?.text, path).toContain(statusLabel(e.data.status, e.kind));
      const code = page(back).querySelector('.embed-code')?.text ?? '';
      expect(code, back).toContain(`src="${site()}${path}"`);
      expect(code, back).toContain(`title="${escapeHtml(entryEmbedTitle(e.data.name, 'Huawei Tracker'))}"`);
    }
  });

  it('exist for each map, with its legend, linking back to the map’s page', () => {
    for (const scope of [undefined, ...MAP_SCOPES]) {
      const doc = page(shareUrls.embedMap(scope));
      expect(doc.querySelector('.map-legend li'), String(scope)).not.toBeNull();
      expect(doc.querySelector('.world-map svg'), String(scope)).not.toBeNull();
      const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, String(scope)).toContain(shareUrls.mapPage(scope));
      expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });
});

describe('framing, as the test server sends it (public/_headers)', () => {
  const headers = async (path: string) => (await fetch(inject('baseUrl') + path)).headers;

  it("pages may not be framed: frame-ancestors 'none' and X-Frame-Options: DENY", async () => {
    for (const path of ['/', '/countries/sweden/', '/map/', '/map/world.png', shareUrls.siteCard()]) {
      const h = await headers(path);
      expect(h.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'$/);
      expect(h.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('embed pages may be framed by any site: frame-ancestors *, no X-Frame-Options', async () => {
    for (const path of ['/embed/map/', '/embed/map/core/', '/embed/countries/sweden/', '/embed/embed.css']) {
      const h = await headers(path);
      expect(h.get('content-security-policy'), path).toMatch(/frame-ancestors \*$/);
      expect(h.get('content-security-policy'), path).not.toContain("frame-ancestors 'none'");
      expect(h.get('x-frame-options'), path).toBeNull();
    }
  });
});
