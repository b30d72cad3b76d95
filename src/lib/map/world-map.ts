import { geoCentroid, geoConicConformal, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { CoverageState } from '../coverage/coverage.ts';
import { isoNumeric } from '../schema/iso.ts';
import type { Status } from '../status.ts';
import { SMALL_STATE_POSITIONS } from './small-states.ts';

/**
 * Maps drawn once at build time from world-atlas (Natural Earth 1:110m, packaged with npm: nothing is
 * fetched): the world, and Europe at a larger scale, where most entries are. Small states, which have
 * no shape at this scale or only a few pixels, get a dot with a target large enough to tap.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type MapView = 'world' | 'europe';

export const MAP_VIEWS: Record<MapView, { width: number; height: number; label: string }> = {
  world: { width: MAP_WIDTH, height: MAP_HEIGHT, label: 'World' },
  europe: { width: 640, height: 560, label: 'Europe' },
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

/** A dot for a state too small to select by its shape, with its position in the map's units. */
export interface MapMarker {
  x: number;
  y: number;
  country?: MapCountry;
  coverage?: MapCoverage;
}

export interface WorldMap {
  view: MapView;
  width: number;
  height: number;
  shapes: MapShape[];
  markers: MapMarker[];
  /** Tracked countries with no shape or dot in this view (Bahrain, Singapore on the world map…). */
  unmapped: MapCountry[];
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

/** Below this area (in the map's square units) a shape is too small to select: it gets a dot. */
const SMALL_AREA = 60;

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
  const all = countryFeatures();
  const projection = projectionFor(view, all);
  // One decimal is a tenth of a pixel at full width: invisible, and it halves the SVG.
  const path = geoPath(projection).digits(1);
  const drawn = new Set<string>();
  const markers: MapMarker[] = [];
  const inFrame = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;
  const attach = (c: MapCountry | MapCoverage) => ('status' in c ? { country: c } : { coverage: c });
  const shapes: MapShape[] = [];
  for (const f of all) {
    const key = f.id === undefined ? f.properties.name : String(f.id);
    const owner =
      f.id === undefined ? byIso2.get(SHAPES_WITHOUT_ID[f.properties.name] ?? '') : byNumeric.get(String(f.id));
    const d = path(f) ?? '';
    if (!d) continue; // outside the frame of this view
    shapes.push({ key, d, ...(owner ? attach(owner) : {}) });
    if (!owner) continue;
    drawn.add(owner.iso2);
    // A shape a few pixels across is kept, and also given a dot to select it by.
    const point = projection(geoCentroid(f));
    if (view === 'europe' && path.area(f) < SMALL_AREA && point && inFrame(point)) {
      markers.push({ x: round(point[0]), y: round(point[1]), ...attach(owner) });
    }
  }
  // States with no shape at this scale: a dot at their position, where the view shows it.
  for (const c of byIso2.values()) {
    if (drawn.has(c.iso2)) continue;
    const lonLat = SMALL_STATE_POSITIONS[c.iso2];
    const point = lonLat ? projection(lonLat) : null;
    if (view === 'europe' && point && inFrame(point)) {
      markers.push({ x: round(point[0]), y: round(point[1]), ...attach(c) });
      drawn.add(c.iso2);
    }
  }
  // Tracked countries first in the SVG would change nothing visually; keep the atlas order for stable output.
  const unmapped = countries.filter((c) => !drawn.has(c.iso2));
  markers.sort((a, b) => (a.country ?? a.coverage)!.iso2.localeCompare((b.country ?? b.coverage)!.iso2));
  return { view, width, height, shapes, markers, unmapped: view === 'world' ? unmapped : [] };
}

const round = (n: number) => Math.round(n * 10) / 10;

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
