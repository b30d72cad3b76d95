// The world map as a standalone SVG image in one theme's colours (for the home page's <picture>).
import { coverageMarks, mapRows } from '../lib/map/map-data.ts';
import { renderWorldMapSvg } from '../lib/map/render-svg.ts';
import { buildWorldMap } from '../lib/map/world-map.ts';
import { urls } from '../lib/urls.ts';
import { getCoverage } from './coverage.ts';
import { getEntries } from './entries.ts';

export async function mapSvg(theme: 'light' | 'dark'): Promise<string> {
  const coverage = coverageMarks(await getCoverage(), urls.coverage());
  const map = buildWorldMap(mapRows(await getEntries()), { coverage });
  return renderWorldMapSvg(map, { standalone: true, theme, title: 'World map of countries by their status towards Huawei' });
}
