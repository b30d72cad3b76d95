// A map as a picture to download (SVG and PNG): its title, the date of the data, the map, its legend,
// what is not drawn at this scale, and a credit line with the site's address. Laid out as an element
// tree (drawn with satori by src/build/draw.ts, which turns the text into shapes so the picture looks
// the same everywhere), with empty boxes that the map and the legend's swatches are drawn into.
import { COVERAGE_INFO } from '../coverage/coverage.ts';
import { countOf } from '../counts.ts';
import { escapeXml } from '../escape.ts';
import { type Box, CARD_FONT, type CardNode, placeholder } from '../share/card.ts';
import { STATUS_INFO, STATUSES, type Status } from '../status.ts';
import { swatchFill } from './render-svg.ts';
import { countriesInView, round, type MapCoverage, type WorldMap } from './world-map.ts';
import { scopeInSentence, type Scope } from '../scopes.ts';
import type { MapRef } from '../share/urls.ts';

/** A legend swatch: a status, land searched with nothing found, or land with no status here. */
export type Swatch = Status | 'searched' | 'blank';

export interface LegendItem {
  swatch: Swatch;
  label: string;
}

/**
 * The legend of a map, as the map pages draw it (src/components/WorldMap.astro): each status the view
 * shows with its count of countries, then the coverage of states without an entry, then blank land.
 */
export function mapLegend(
  map: WorldMap,
  { coverage = [], blankLabel }: { coverage?: readonly MapCoverage[]; blankLabel?: string | undefined } = {},
): LegendItem[] {
  const shown = countriesInView(map);
  const items: LegendItem[] = [];
  for (const s of STATUSES) {
    const n = shown.filter((c) => c.status === s).length;
    if (n > 0) items.push({ swatch: s, label: `${STATUS_INFO[s].label} (${countOf(n, 'country')})` });
  }
  const searched = coverage.filter((c) => c.state === 'no-public-decision').length;
  const unresearched = coverage.filter((c) => c.state === 'not-researched').length;
  if (searched > 0)
    items.push({ swatch: 'searched', label: `${COVERAGE_INFO['no-public-decision'].label} (${searched})` });
  items.push({
    swatch: 'blank',
    label:
      blankLabel ??
      (coverage.length ? `${COVERAGE_INFO['not-researched'].label} (${unresearched}), or not a state` : 'No entry'),
  });
  return items;
}

export interface MapDownloadInput {
  /** The map, drawn by buildWorldMap. */
  map: WorldMap;
  title: string;
  legend: readonly LegendItem[];
  /** Places with a status that this view cannot draw: "Bahrain — Restricted". */
  beside: readonly string[];
  /** "6 December 2026". */
  dataDate: string;
  siteName: string;
  /** The map's page, in full: the credit names it. */
  pageUrl: string;
  /** "CC BY 4.0". */
  licence: string;
}

/** The key of a legend swatch's box. */
export const swatchKey = (swatch: Swatch) => `swatch:${swatch}`;

const PAD = 24;
const MUTED = '#57606a';
const TEXT = '#1b1f24';

const text = (style: CardNode['props']['style'], children: string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The credit line: who made it, where, under which licence. */
export function mapCredit(input: Pick<MapDownloadInput, 'siteName' | 'pageUrl' | 'licence'>): string {
  return `Source: ${input.siteName}, ${input.pageUrl} (${input.licence})`;
}

/** The layout, `map.width + 48` pixels wide; its height follows from the content. */
export function mapDownloadTree(input: MapDownloadInput): CardNode {
  const { map } = input;
  const width = map.width + 2 * PAD;
  const columns = width >= 900 ? 2 : 1;
  const legend: CardNode = {
    type: 'div',
    props: {
      style: { display: 'flex', flexWrap: 'wrap', rowGap: 8 },
      children: input.legend.map((item) => ({
        type: 'div',
        props: {
          style: { display: 'flex', alignItems: 'center', gap: 10, width: (width - 2 * PAD) / columns, fontSize: 15 },
          children: [
            placeholder(swatchKey(item.swatch), { width: 22, height: 16, flexShrink: 0 }),
            text({ color: TEXT }, item.label),
          ],
        },
      })),
    },
  };
  const children: CardNode[] = [
    text({ fontSize: 24, fontWeight: 700, color: TEXT }, input.title),
    text({ fontSize: 15, color: MUTED }, `Data as of ${input.dataDate}`),
    placeholder('map', { width: map.width, height: map.height }),
    legend,
    ...(input.beside.length
      ? [text({ fontSize: 14, color: TEXT }, `Not drawn at this scale: ${input.beside.join('; ')}.`)]
      : []),
    text({ fontSize: 14, color: MUTED, borderTop: '1px solid #d0d7de', paddingTop: 8 }, mapCredit(input)),
  ];
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
        width,
        boxSizing: 'border-box',
        padding: PAD,
        background: '#ffffff',
        fontFamily: CARD_FONT,
      },
      children,
    },
  };
}

/**
 * A standalone SVG (renderWorldMapSvg's `standalone` output) as an element nested in another SVG,
 * fitted into `box`: its own viewBox keeps its coordinates, its defs and titles come along.
 */
export function placeSvg(svg: string, box: Box): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  const viewBox = open && /viewBox="([^"]+)"/.exec(open[0]);
  if (!open || !viewBox) throw new Error('placeSvg: not a standalone SVG with a viewBox');
  return `<svg x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" viewBox="${viewBox[1]}" preserveAspectRatio="xMidYMid meet">${svg.slice(open[0].length)}`;
}

/**
 * A legend swatch drawn into its box, filled with the map's own patterns (the standalone map's ids,
 * prefix "map"), so the legend and the map cannot differ.
 */
export function swatchRect(swatch: Swatch, box: Box, prefix = 'map'): string {
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="2" fill="${swatchFill(prefix, swatch)}" stroke="#57606a" stroke-width="0.75"/>`;
}

/**
 * Put the parts together: satori's drawing of the layout (`laidOut`), the drawings for its empty
 * boxes, and a title and description that name the picture for screen readers and search.
 */
export function assembleSvg(laidOut: string, parts: readonly string[], title: string, desc: string): string {
  const open = /^<svg\b[^>]*>/.exec(laidOut);
  if (!open || !laidOut.endsWith('</svg>')) throw new Error('assembleSvg: not an SVG document');
  const head = open[0].replace('<svg', '<svg role="img" aria-labelledby="dl-title dl-desc"');
  const body = laidOut.slice(open[0].length, -'</svg>'.length);
  return `${head}<title id="dl-title">${escapeXml(title)}</title><desc id="dl-desc">${escapeXml(desc)}</desc>${body}${parts.join('')}</svg>`;
}

/** Read the pixel size an SVG document declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('svgSize: the SVG declares no size');
  return { width, height };
}

/** Every map the site draws, each downloadable: the world and Europe, by headline status and by part. */
export function mapDownloads(scopes: readonly Scope[]): MapRef[] {
  return [undefined, ...scopes].flatMap((scope) => (['world', 'europe'] as const).map((view) => ({ scope, view })));
}

/** A map's title, as its page names it. */
export function mapTitle({ scope, view }: MapRef): string {
  if (!scope)
    return view === 'world'
      ? 'World map of countries by their status towards Huawei'
      : 'Map of Europe: countries by their status towards Huawei';
  const part = scopeInSentence(scope);
  return view === 'world' ? `World map: status for ${part}` : `Map of Europe: status for ${part}`;
}

/** What a map with a part leaves blank. */
export const SCOPE_BLANK_LABEL = 'No status for this part, or no entry';
