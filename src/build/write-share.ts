// The pictures the site gives others: every page's social card (PNG, 1200 × 630) and every map as a
// download (SVG and PNG, with title, legend, date and credit). Written by the data-file process beside
// Astro's pages (src/build/write-outputs.ts), from the same plan the pages' head tags read
// (src/lib/share/cards.ts), with the drawing cached by its inputs (src/build/draw.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONTENT_LICENSE } from '../lib/api/documents.ts';
import { absoluteUrl } from '../lib/api/urls.ts';
import { coverageRows, type CoverageItem } from '../lib/coverage/coverage.ts';
import { formatDate } from '../lib/dates.ts';
import type { EntryView } from '../lib/entries.ts';
import {
  assembleSvg,
  mapCredit,
  mapDownloads,
  mapDownloadTree,
  mapLegend,
  mapTitle,
  placeSvg,
  SCOPE_BLANK_LABEL,
  swatchKey,
  swatchRect,
} from '../lib/map/download.ts';
import { besideRows, coverageMarks, mapRows, scopeRows } from '../lib/map/map-data.ts';
import { renderWorldMapSvg } from '../lib/map/render-svg.ts';
import { MAP_SCOPES } from '../lib/map/scopes.ts';
import { buildWorldMap, type MapCoverage } from '../lib/map/world-map.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardTextTree,
  cardTree,
  MAP_KEY,
  NAME_KEY,
  overlaySvg,
  SINCE_KEY,
} from '../lib/share/card.ts';
import { cardPlan } from '../lib/share/cards.ts';
import { shareUrls, type MapRef } from '../lib/share/urls.ts';
import { STATUS_INFO } from '../lib/status.ts';
import { urls } from '../lib/urls.ts';
import { type Drawn, drawSvg, PngCache, svgToPng } from './draw.ts';

export interface ShareOptions {
  site: URL;
  siteName: string;
  buildDate: string;
  /** content/coverage.yaml's items, when the content has the file. */
  searched: Readonly<Record<string, CoverageItem>>;
  cacheDir: string;
}

export interface ShareReport {
  cards: number;
  maps: number;
  drawn: number;
  fromCache: number;
  /** Wall time of the cards, then of the map downloads. */
  cardSeconds: number;
  mapSeconds: number;
  seconds: number;
}

/** The map of a card or a download: the world with coverage, or the map of one part. */
function mapFor(views: readonly EntryView[], coverage: readonly MapCoverage[], { scope, view }: MapRef) {
  const rows = scope ? scopeRows(views, scope) : mapRows(views);
  return buildWorldMap(rows, { view, coverage: scope ? [] : coverage });
}

export async function writeShareImages(
  dir: string,
  views: readonly EntryView[],
  options: ShareOptions,
): Promise<ShareReport> {
  const started = performance.now();
  const cache = new PngCache(options.cacheDir);
  const coverage = coverageMarks(coverageRows(views, options.searched), urls.coverage());
  const ctx = { siteName: options.siteName, site: options.site, buildDate: options.buildDate };
  const mapSvgs = new Map<string, string>();
  const standaloneMap = (ref: MapRef) => {
    const id = `${ref.scope ?? ''}/${ref.view}`;
    let svg = mapSvgs.get(id);
    if (!svg) {
      svg = renderWorldMapSvg(mapFor(views, coverage, ref), { standalone: true, title: mapTitle(ref) });
      mapSvgs.set(id, svg);
    }
    return svg;
  };

  const specs = cardPlan(views, ctx);
  // An entry's card is a frame that all entries of its kind and status share (drawn once) with its
  // own name and date drawn over it: a third of the work of laying out the whole card each time.
  const frames = new Map<string, Promise<Drawn>>();
  for (const spec of specs) {
    const target = join(dir, spec.path);
    if (spec.model.since !== undefined) {
      const frameTree = cardTree(spec.model, 'frame');
      const frameId = JSON.stringify(frameTree);
      let frame = frames.get(frameId);
      if (!frame) frames.set(frameId, (frame = drawSvg(frameTree, { width: CARD_WIDTH, height: CARD_HEIGHT })));
      const { svg: under, boxes } = await frame;
      const name = boxes.get(NAME_KEY);
      const since = boxes.get(SINCE_KEY);
      if (!name || !since) throw new Error(`${spec.path}: the card's frame has no box for the name or the date`);
      const textTree = cardTextTree(spec.model, { name, since });
      await cache.write(PngCache.key('entry card', frameId, JSON.stringify(textTree)), target, async () => {
        const { svg: over } = await drawSvg(textTree, { width: CARD_WIDTH, height: CARD_HEIGHT });
        return svgToPng(overlaySvg(under, over));
      });
      continue;
    }
    const tree = cardTree(spec.model);
    const map = spec.map ? standaloneMap({ scope: spec.map.scope, view: 'world' }) : '';
    await cache.write(PngCache.key('card', JSON.stringify(tree), map), target, async () => {
      const { svg, boxes } = await drawSvg(tree, { width: CARD_WIDTH, height: CARD_HEIGHT });
      const box = boxes.get(MAP_KEY);
      const parts = map && box ? [placeSvg(map, box)] : [];
      return svgToPng(assembleSvg(svg, parts, spec.model.heading, ''));
    });
  }

  const cardsDone = performance.now();
  const dataDate = formatDate(options.buildDate);
  const refs = mapDownloads(MAP_SCOPES);
  for (const ref of refs) {
    const map = mapFor(views, coverage, ref);
    const title = mapTitle(ref);
    const pageUrl = absoluteUrl(shareUrls.mapPage(ref.scope), options.site);
    const beside = [...map.unmapped, ...(ref.scope || ref.view === 'europe' ? [] : besideRows(views))].map(
      (c) => `${c.name} — ${STATUS_INFO[c.status].label}`,
    );
    const legend = mapLegend(map, ref.scope ? { blankLabel: SCOPE_BLANK_LABEL } : { coverage });
    const input = {
      map,
      title,
      legend,
      beside,
      dataDate,
      siteName: options.siteName,
      pageUrl,
      licence: CONTENT_LICENSE.name,
    };
    const { svg: laidOut, boxes } = await drawSvg(mapDownloadTree(input), { width: map.width + 48 });
    const mapBox = boxes.get('map');
    if (!mapBox) throw new Error(`${title}: the layout has no box for the map`);
    const swatches = legend.flatMap((item) => {
      const box = boxes.get(swatchKey(item.swatch));
      return box ? [swatchRect(item.swatch, box)] : [];
    });
    const placed = placeSvg(renderWorldMapSvg(map, { standalone: true, title }), mapBox);
    const svg = assembleSvg(
      laidOut,
      [placed, ...swatches],
      title,
      `${title}. Data as of ${dataDate}. ${mapCredit(input)}.`,
    );
    const svgPath = join(dir, shareUrls.mapDownload(ref, 'svg'));
    mkdirSync(dirname(svgPath), { recursive: true });
    writeFileSync(svgPath, svg);
    await cache.write(PngCache.key('map', svg), join(dir, shareUrls.mapDownload(ref, 'png')), () => svgToPng(svg, 2));
  }
  cache.prune();
  return {
    cards: specs.length,
    maps: refs.length,
    drawn: cache.misses,
    fromCache: cache.hits,
    cardSeconds: (cardsDone - started) / 1000,
    mapSeconds: (performance.now() - cardsDone) / 1000,
    seconds: (performance.now() - started) / 1000,
  };
}
