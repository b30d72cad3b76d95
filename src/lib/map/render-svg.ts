import { escapeXml } from '../escape.ts';
import { LAND_COLOR, STATUS_COLORS, STATUS_INFO, STATUSES, type Status } from '../status.ts';
import { COVERAGE_INFO } from '../coverage/coverage.ts';
import { round, type WorldMap } from './world-map.ts';

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

/**
 * `<defs>` with one pattern per status. In the page, classes let the stylesheet recolour them for dark
 * mode; a standalone file is drawn in one theme's colours.
 */
export function statusPatterns(prefix: string, standalone: boolean, theme: 'light' | 'dark' = 'light'): string {
  const defs = STATUSES.map((status) => {
    const colour = STATUS_COLORS[status][theme].fill;
    const fill = standalone ? `fill="${colour}"` : `class="map-fill map-fill--${status}" fill="${STATUS_FILL[status]}"`;
    return `<pattern id="${patternId(prefix, status)}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" ${fill}/>${PATTERN[status]}</pattern>`;
  });
  return `<defs>${defs.join('')}</defs>`;
}

export interface RenderOptions {
  /** Prefix for pattern ids, unique per page. */
  idPrefix?: string;
  /** A self-contained file (fixed colours, xmlns, no links) rather than markup inside a page. */
  standalone?: boolean;
  /** For a standalone file: the theme whose colours it uses. */
  theme?: 'light' | 'dark';
  title: string;
}

/** The pattern on land searched with no public decision found: small rings, no colour of a status. */
const SEARCHED_PATTERN = (fill: string, stroke: string) =>
  `<rect width="6" height="6" fill="${fill}"/><circle cx="3" cy="3" r="1.2" fill="none" stroke="${stroke}" stroke-width="0.7"/>`;

function coverageDefs(prefix: string, standalone: boolean, theme: 'light' | 'dark'): string {
  const land = LAND_COLOR[theme];
  const ring = theme === 'light' ? '#7d8791' : '#8b96a1';
  const rect = standalone
    ? SEARCHED_PATTERN(land, ring)
    : `<rect width="6" height="6" class="map-land" fill="${land}"/><circle cx="3" cy="3" r="1.2" fill="none" class="map-ring" stroke="${ring}" stroke-width="0.7"/>`;
  return `<pattern id="${prefix}-searched" width="6" height="6" patternUnits="userSpaceOnUse">${rect}</pattern>`;
}

export function renderWorldMapSvg(
  map: WorldMap,
  { idPrefix = 'map', standalone = false, theme = 'light', title }: RenderOptions,
): string {
  const landFill = LAND_COLOR[theme];
  const shapes = map.shapes.map(({ d, country, coverage }) => {
    if (country) {
      const label = `${country.name}: ${STATUS_INFO[country.status].label}`;
      const path = `<path d="${d}" fill="url(#${patternId(idPrefix, country.status)})" class="map-country" data-iso2="${country.iso2}" data-status="${country.status}"><title>${escapeXml(label)}</title></path>`;
      return standalone ? path : `<a href="${escapeXml(country.url)}" aria-label="${escapeXml(label)}">${path}</a>`;
    }
    if (coverage) {
      const label = `${coverage.name}: ${COVERAGE_INFO[coverage.state].label.toLowerCase()}`;
      const fill = coverage.state === 'no-public-decision' ? `url(#${idPrefix}-searched)` : landFill;
      const cls = `map-land map-land--${coverage.state}`;
      const path = `<path d="${d}" ${standalone ? `fill="${fill}"` : `class="${cls}" fill="${fill}"`} data-iso2="${coverage.iso2}" data-coverage="${coverage.state}"><title>${escapeXml(label)}</title></path>`;
      return standalone ? path : `<a href="${escapeXml(coverage.url)}" aria-label="${escapeXml(label)}">${path}</a>`;
    }
    return `<path d="${d}" ${standalone ? `fill="${landFill}"` : 'class="map-land"'}/>`;
  });
  // Each dot: a transparent hit square of the target size (24 CSS px on a phone), the visible dot,
  // and, where the dot had to move aside, a line back to its state.
  const half = map.targetSize / 2;
  const dotStroke = theme === 'light' ? '#1b1f24' : '#e6e8eb';
  const markers = map.markers.map(({ x, y, anchor, country, coverage }) => {
    const place = (country ?? coverage)!;
    const label = country
      ? `${country.name}: ${STATUS_INFO[country.status].label}`
      : `${coverage!.name}: ${COVERAGE_INFO[coverage!.state].label.toLowerCase()}`;
    const fill = country
      ? `url(#${patternId(idPrefix, country.status)})`
      : coverage!.state === 'no-public-decision'
        ? `url(#${idPrefix}-searched)`
        : landFill;
    const moved = Math.hypot(x - anchor.x, y - anchor.y) > 6;
    const leader = moved
      ? `<path d="M${anchor.x},${anchor.y}L${x},${y}" stroke="${dotStroke}" stroke-width="0.8" fill="none" pointer-events="none" class="map-leader"/><circle cx="${anchor.x}" cy="${anchor.y}" r="1.5" fill="${dotStroke}" pointer-events="none" class="map-anchor"/>`
      : '';
    const dot = `${leader}<circle cx="${x}" cy="${y}" r="5" fill="${fill}" stroke="${dotStroke}" stroke-width="1" class="map-dot"/>`;
    const hit = `<rect x="${round(x - half)}" y="${round(y - half)}" width="${map.targetSize}" height="${map.targetSize}" fill="transparent" class="map-hit"/>`;
    const body = `${hit}${dot}<title>${escapeXml(label)}</title>`;
    return standalone
      ? `<g data-iso2="${place.iso2}">${dot}</g>`
      : `<a href="${escapeXml(place.url)}" aria-label="${escapeXml(label)}" class="map-marker" data-iso2="${place.iso2}">${body}</a>`;
  });
  const head = standalone
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">`
    : `<svg viewBox="0 0 ${map.width} ${map.height}" class="world-map__svg" role="group" aria-label="${escapeXml(title)}">`;
  const stroke = standalone && theme === 'dark' ? '#111418' : '#ffffff';
  const group = standalone
    ? `<g stroke="${stroke}" stroke-width="0.5" stroke-linejoin="round">`
    : '<g class="map-shapes" stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">';
  const defs = `${statusPatterns(idPrefix, standalone, theme).replace('</defs>', `${coverageDefs(idPrefix, standalone, theme)}</defs>`)}`;
  return `${head}<title>${escapeXml(title)}</title>${defs}${group}${shapes.join('')}</g><g class="map-markers">${markers.join('')}</g></svg>`;
}

/** What a legend swatch is filled with: the map's own pattern for a status, or plain land. */
export function swatchFill(prefix: string, swatch: Status | 'searched' | 'blank'): string {
  if (swatch === 'searched') return `url(#${prefix}-searched)`;
  return swatch === 'blank' ? LAND_COLOR.light : `url(#${patternId(prefix, swatch)})`;
}

/** A small swatch for the legend, using the same pattern as the map. */
export function swatchSvg(prefix: string, status: Status | 'searched' | 'not-researched'): string {
  const fill = swatchFill(prefix, status === 'not-researched' ? 'blank' : status);
  const cls = status === 'not-researched' ? ' class="map-land"' : '';
  return `<svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false"><rect width="18" height="14" rx="2"${cls} fill="${fill}"/></svg>`;
}
