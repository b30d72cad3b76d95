import { escapeXml } from '../escape.ts';
import { LAND_COLOR, STATUS_COLORS, STATUS_INFO, STATUSES, type Status } from '../status.ts';
import type { WorldMap } from './world-map.ts';

/**
 * The map as SVG markup, so the map page, the home-page image and the tests share one drawing.
 * Status is shown by fill colour *and* pattern, and named in each shape's title: never colour alone.
 * Only presentation attributes are used (no style attributes), so the page's CSP needs nothing extra.
 */

/** Fill colours for the standalone SVG file, which cannot read the site's CSS: the light theme's. */
export const STATUS_FILL = Object.fromEntries(STATUSES.map((s) => [s, STATUS_COLORS[s].light.fill])) as Record<
  Status,
  string
>;
const LAND_FILL = LAND_COLOR.light;

/** The pattern drawn over each status's colour. */
const PATTERN: Record<Status, string> = {
  banned: '<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#fff" stroke-width="1.4"/>',
  restricted: '<path d="M0,1.5 h6 M0,4.5 h6" stroke="#fff" stroke-width="1"/>',
  'under-review': '<circle cx="3" cy="3" r="1.1" fill="#fff"/>',
  permitted: '',
  'no-decision': '<path d="M0,3 h6 M3,0 v6" stroke="#fff" stroke-width="0.8"/>',
};

export function patternId(prefix: string, status: Status): string {
  return `${prefix}-${status}`;
}

/** `<defs>` with one pattern per status. In the page, classes let the stylesheet recolour them for dark mode. */
export function statusPatterns(prefix: string, standalone: boolean): string {
  const defs = STATUSES.map((status) => {
    const fill = standalone
      ? `fill="${STATUS_FILL[status]}"`
      : `class="map-fill map-fill--${status}" fill="${STATUS_FILL[status]}"`;
    return `<pattern id="${patternId(prefix, status)}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" ${fill}/>${PATTERN[status]}</pattern>`;
  });
  return `<defs>${defs.join('')}</defs>`;
}

export interface RenderOptions {
  /** Prefix for pattern ids, unique per page. */
  idPrefix?: string;
  /** A self-contained file (fixed colours, xmlns, no links) rather than markup inside a page. */
  standalone?: boolean;
  title: string;
}

export function renderWorldMapSvg(
  map: WorldMap,
  { idPrefix = 'map', standalone = false, title }: RenderOptions,
): string {
  const shapes = map.shapes.map(({ d, country }) => {
    if (!country) return `<path d="${d}" ${standalone ? `fill="${LAND_FILL}"` : 'class="map-land"'}/>`;
    const label = `${country.name}: ${STATUS_INFO[country.status].label}`;
    const path = `<path d="${d}" fill="url(#${patternId(idPrefix, country.status)})" class="map-country" data-iso2="${country.iso2}" data-status="${country.status}"><title>${escapeXml(label)}</title></path>`;
    return standalone ? path : `<a href="${escapeXml(country.url)}" aria-label="${escapeXml(label)}">${path}</a>`;
  });
  const head = standalone
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">`
    : `<svg viewBox="0 0 ${map.width} ${map.height}" class="world-map__svg" role="group" aria-label="${escapeXml(title)}">`;
  const group = standalone
    ? '<g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">'
    : '<g class="map-shapes" stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">';
  return `${head}<title>${escapeXml(title)}</title>${statusPatterns(idPrefix, standalone)}${group}${shapes.join('')}</g></svg>`;
}

/** A small swatch for the legend, using the same pattern as the map. */
export function swatchSvg(prefix: string, status: Status): string {
  return `<svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false"><rect width="18" height="14" rx="2" fill="url(#${patternId(prefix, status)})"/></svg>`;
}
