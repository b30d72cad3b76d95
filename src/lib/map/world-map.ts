import { geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { CoverageState } from '../coverage/coverage.ts';
import { isoNumeric } from '../schema/iso.ts';
import type { Status } from '../status.ts';
import { SMALL_STATE_POSITIONS } from './small-states.ts';
import { largestSquare, layoutDots, type Point, type Ring, type Square } from './targets.ts';

/**
 * Maps drawn once at build time from world-atlas (Natural Earth 1:110m, packaged with npm: nothing is
 * fetched): the world, and Europe at a larger scale, where most entries are. In Europe every state is
 * a target of at least 24 × 24 CSS px on a phone: a shape that cannot hold such a square gets a dot
 * with a hit square that size (see targets.ts), and a state with no shape at this scale gets one too.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type MapView = 'world' | 'europe';

/**
 * `minWidth`: the narrowest a view is drawn, in CSS px. The world fits a phone's width (340 px
 * between the page margins of a 375 px screen); Europe is never drawn narrower than its own units
 * (on a phone it scrolls sideways in its frame), so its small states can be tapped (see targetSize).
 */
export const MAP_VIEWS: Record<MapView, { width: number; height: number; minWidth: number; label: string }> = {
  world: { width: MAP_WIDTH, height: MAP_HEIGHT, minWidth: 340, label: 'World' },
  europe: { width: 640, height: 560, minWidth: 640, label: 'Europe' },
};

/** world-atlas has no ISO numeric id for these shapes; they are matched by name. */
const SHAPES_WITHOUT_ID: Record<string, string> = { Kosovo: 'XK' };

export interface MapCountry {
  iso2: string;
  name: string;
  status: Status;
  url: string;
}

/** A country with no entry, drawn by its coverage: searched with nothing found, or not researched. */
export interface MapCoverage {
  iso2: string;
  name: string;
  state: Exclude<CoverageState, 'entry'>;
  url: string;
}

export interface MapShape {
  /** The shape's key: ISO numeric id, or the name for shapes without one. */
  key: string;
  d: string;
  /** Set when a tracked country owns this shape. */
  country?: MapCountry;
  /** Set when a sovereign state without an entry owns it. */
  coverage?: MapCoverage;
}

/**
 * A dot for a state too small to select by its shape, in the map's units: its hit square is centred
 * on (x, y); `anchor` is the state itself (inside its shape, or its capital), where a leader line
 * from a dot moved aside points.
 */
export interface MapMarker {
  x: number;
  y: number;
  anchor: { x: number; y: number };
  country?: MapCountry;
  coverage?: MapCoverage;
}

export interface WorldMap {
  view: MapView;
  width: number;
  height: number;
  shapes: MapShape[];
  markers: MapMarker[];
  /** The side of a dot's hit square, in the map's units (24 CSS px on a phone). */
  targetSize: number;
  /** Around the middle of each state big enough to tap by its shape, the target-sized square no dot covers. */
  reserved: Square[];
  /** Tracked countries with no shape or dot in this view (Bahrain, Singapore on the world map…). */
  unmapped: MapCountry[];
}

/** The smallest tap target, in CSS pixels (WCAG 2.2, 2.5.8 Target Size). */
export const MIN_TARGET_PX = 24;

/**
 * A tap target's side in a view's units: 24 CSS px when the view is drawn at its narrowest, and a
 * pixel more each side, so a square drawn between pixels still covers 24 of them.
 */
export function targetSize(view: MapView): number {
  const { width, minWidth } = MAP_VIEWS[view];
  return Math.ceil(((MIN_TARGET_PX + 2) * width) / minWidth);
}

type CountryProps = { name: string };

let features: Feature<Geometry, CountryProps>[] | undefined;
function countryFeatures(): Feature<Geometry, CountryProps>[] {
  if (!features) {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
    const collection: FeatureCollection<Geometry, CountryProps> = feature(topology, topology.objects.countries);
    // Antarctica takes a fifth of the height and has no entry.
    features = collection.features.filter((f) => f.id !== '010');
  }
  return features;
}

/** Europe from Iceland to the Caucasus, Lapland to Crete: the frame the inset is fitted to. */
const EUROPE_FRAME: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    // Clockwise, as d3-geo reads rings on the sphere: the other way round it is the rest of the globe.
    coordinates: [
      [
        [-24, 34.5],
        [-24, 71],
        [46, 71],
        [46, 34.5],
        [-24, 34.5],
      ],
    ],
  },
};

function projectionFor(view: MapView, all: Feature<Geometry, CountryProps>[]): GeoProjection {
  const { width, height } = MAP_VIEWS[view];
  if (view === 'world') return geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features: all });
  return geoConicConformal()
    .rotate([-12, 0])
    .parallels([40, 65])
    .fitSize([width, height], EUROPE_FRAME)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** A shape's outline as projected and clipped to the view, as rings of points. */
function ringsOf(projection: GeoProjection, f: Feature<Geometry>): Ring[] {
  const rings: [number, number][][] = [];
  geoPath(projection, {
    beginPath: () => undefined,
    moveTo: (x, y) => void rings.push([[x, y]]),
    lineTo: (x, y) => void rings.at(-1)!.push([x, y]),
    closePath: () => undefined,
    arc: () => undefined,
  })(f);
  return rings;
}

/** A shape as a view draws it, whoever owns it: computed once per view and build. */
interface ViewShape {
  key: string;
  /** The ISO numeric id, or for shapes without one the ISO code it is matched by. */
  match: { numeric: string } | { iso2: string };
  d: string;
  box: { width: number; height: number };
  /** Europe only: where a dot for it is anchored, or where dots keep clear (see buildWorldMap). */
  anchor?: Point;
  inner?: Square;
}

interface ViewGeometry {
  projection: GeoProjection;
  shapes: ViewShape[];
}

// The projection, outlines and inner squares of a view depend on nothing but the view, yet every
// map page draws it again (22 maps per build): they are computed on first use and kept.
const geometries = new Map<MapView, ViewGeometry>();

function viewGeometry(view: MapView): ViewGeometry {
  const cached = geometries.get(view);
  if (cached) return cached;
  const all = countryFeatures();
  const projection = projectionFor(view, all);
  // One decimal is a tenth of a pixel at full width: invisible, and it halves the SVG.
  const path = geoPath(projection).digits(1);
  const size = targetSize(view);
  const shapes: ViewShape[] = [];
  for (const f of all) {
    const d = path(f) ?? '';
    if (!d) continue; // outside the frame of this view
    const key = f.id === undefined ? f.properties.name : String(f.id);
    const match = f.id === undefined ? { iso2: SHAPES_WITHOUT_ID[f.properties.name] ?? '' } : { numeric: String(f.id) };
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const shape: ViewShape = { key, match, d, box: { width: x1 - x0, height: y1 - y0 } };
    if (view === 'europe') {
      // Sampled finely enough to find a small state's inside, coarsely enough to be quick on Russia.
      const small = x1 - x0 < size || y1 - y0 < size;
      const side = Math.min(x1 - x0, y1 - y0);
      const inner = largestSquare(ringsOf(projection, f), small ? side / 8 : Math.max(size / 4, side / 16));
      if (inner) shape.inner = inner;
      shape.anchor = inner ? [inner.x, inner.y] : path.centroid(f);
    }
    shapes.push(shape);
  }
  const geometry = { projection, shapes };
  geometries.set(view, geometry);
  return geometry;
}

/** Draw a view, attaching the tracked countries and the coverage of the others by ISO code. Pure. */
export function buildWorldMap(
  countries: readonly MapCountry[],
  options: { view?: MapView; coverage?: readonly MapCoverage[] } = {},
): WorldMap {
  const view = options.view ?? 'world';
  const { width, height } = MAP_VIEWS[view];
  const byNumeric = new Map<string, MapCountry | MapCoverage>();
  const byIso2 = new Map<string, MapCountry | MapCoverage>();
  for (const c of [...(options.coverage ?? []), ...countries]) {
    byIso2.set(c.iso2, c);
    const numeric = isoNumeric(c.iso2);
    if (numeric) byNumeric.set(numeric, c);
  }
  const { projection, shapes: geometry } = viewGeometry(view);
  const drawn = new Set<string>();
  const inFrame = ([x, y]: Point) => x >= 0 && y >= 0 && x <= width && y <= height;
  const attach = (c: MapCountry | MapCoverage) => ('status' in c ? { country: c } : { coverage: c });
  const shapes: MapShape[] = [];
  // Europe only: the states to give a dot (where each is), and the squares big shapes keep free.
  const size = targetSize(view);
  // `area`: the shape's box, so the smallest states are placed first, nearest their shapes.
  const dots: { anchor: Point; owner: MapCountry | MapCoverage; area: number }[] = [];
  const reserved: Square[] = [];
  for (const { key, match, d, box, anchor, inner } of geometry) {
    const owner = 'numeric' in match ? byNumeric.get(match.numeric) : byIso2.get(match.iso2);
    shapes.push({ key, d, ...(owner ? attach(owner) : {}) });
    if (!owner) continue;
    drawn.add(owner.iso2);
    if (view !== 'europe') continue;
    // A shape whose box is under the target size either way keeps its shape and also gets a dot,
    // anchored inside it (on its largest square) or at its centre. A bigger shape keeps a
    // target-sized square around the middle of its largest square free of dots, so dots never
    // cover the part of it a reader taps.
    if (box.width >= size && box.height >= size) {
      if (inner) reserved.push({ x: inner.x, y: inner.y, side: size });
      continue;
    }
    if (anchor && inFrame(anchor)) dots.push({ anchor, owner, area: box.width * box.height });
  }
  // States with no shape at this scale: a dot at their capital, where the view shows it.
  for (const c of byIso2.values()) {
    if (drawn.has(c.iso2)) continue;
    const lonLat = SMALL_STATE_POSITIONS[c.iso2];
    const point = lonLat ? projection(lonLat) : null;
    if (view === 'europe' && point && inFrame(point)) {
      dots.push({ anchor: point, owner: c, area: 0 });
      drawn.add(c.iso2);
    }
  }
  // The dots' hit squares, smallest states first, each as near its state as the others allow; then
  // in ISO order, so the markup is stable.
  dots.sort((a, b) => a.area - b.area || a.owner.iso2.localeCompare(b.owner.iso2));
  const { positions } = layoutDots(
    dots.map((t) => t.anchor),
    reserved,
    { width, height, size },
  );
  const markers: MapMarker[] = dots
    .map(({ anchor, owner }, i) => ({
      x: round(positions[i]![0]),
      y: round(positions[i]![1]),
      anchor: { x: round(anchor[0]), y: round(anchor[1]) },
      ...attach(owner),
    }))
    .sort((a, b) => (a.country ?? a.coverage).iso2.localeCompare((b.country ?? b.coverage).iso2));
  const unmapped = countries.filter((c) => !drawn.has(c.iso2));
  return {
    view,
    width,
    height,
    shapes,
    markers,
    targetSize: size,
    reserved,
    unmapped: view === 'world' ? unmapped : [],
  };
}

/** A coordinate to a tenth of a pixel: enough on screen, and shorter markup. */
export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The tracked countries a view shows (drawn as a shape or a dot, or listed beside it): what its
 * legend counts. The Europe inset counts the countries in its frame, not the world's.
 */
export function countriesInView(map: WorldMap): MapCountry[] {
  const seen = new Map<string, MapCountry>();
  for (const s of map.shapes) if (s.country) seen.set(s.country.iso2, s.country);
  for (const m of map.markers) if (m.country) seen.set(m.country.iso2, m.country);
  for (const c of map.unmapped) seen.set(c.iso2, c);
  return [...seen.values()];
}
