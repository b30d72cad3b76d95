import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { isoNumeric } from '../schema/iso.ts';
import type { Status } from '../status.ts';

/**
 * The world map, drawn once at build time from world-atlas (Natural Earth 1:110m, packaged with npm:
 * nothing is fetched). Small states have no shape at this scale; they are returned in `unmapped`.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** world-atlas has no ISO numeric id for these shapes; they are matched by name. */
const SHAPES_WITHOUT_ID: Record<string, string> = { Kosovo: 'XK' };

export interface MapCountry {
  iso2: string;
  name: string;
  status: Status;
  url: string;
}

export interface MapShape {
  /** The shape's key: ISO numeric id, or the name for shapes without one. */
  key: string;
  d: string;
  /** Set when a tracked country owns this shape. */
  country?: MapCountry;
}

export interface WorldMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Tracked countries with no shape at this scale (Bahrain, Singapore, Vatican City…). */
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

/** Draw every country, attaching the tracked ones by ISO code. Pure: same input, same paths. */
export function buildWorldMap(countries: readonly MapCountry[]): WorldMap {
  const byNumeric = new Map<string, MapCountry>();
  const byIso2 = new Map<string, MapCountry>();
  for (const c of countries) {
    byIso2.set(c.iso2, c);
    const numeric = isoNumeric(c.iso2);
    if (numeric) byNumeric.set(numeric, c);
  }
  const all = countryFeatures();
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: all });
  // One decimal is a tenth of a pixel at full width: invisible, and it halves the SVG.
  const path = geoPath(projection).digits(1);
  const drawn = new Set<string>();
  const shapes = all.map((f): MapShape => {
    const key = f.id === undefined ? f.properties.name : String(f.id);
    const country =
      f.id === undefined ? byIso2.get(SHAPES_WITHOUT_ID[f.properties.name] ?? '') : byNumeric.get(String(f.id));
    if (country) drawn.add(country.iso2);
    return { key, d: path(f) ?? '', ...(country ? { country } : {}) };
  });
  // Tracked countries first in the SVG would change nothing visually; keep the atlas order for stable output.
  const unmapped = countries.filter((c) => !drawn.has(c.iso2));
  return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, unmapped };
}
