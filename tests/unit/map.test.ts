import { parse } from 'node-html-parser';
import { stylesheetWithStatusColors } from '../support/stylesheet.ts';
import { describe, expect, it } from 'vitest';
import { chartYears, labelYears, niceScale, renderStatusChart } from '../../src/lib/chart.ts';
import { renderWorldMapSvg, STATUS_FILL } from '../../src/lib/map/render-svg.ts';
import { buildWorldMap, type MapCountry } from '../../src/lib/map/world-map.ts';
import { STATUSES } from '../../src/lib/status.ts';

const countries: MapCountry[] = [
  { iso2: 'GB', name: 'United Kingdom', status: 'banned', url: '/countries/united-kingdom/' },
  { iso2: 'DE', name: 'Germany', status: 'restricted', url: '/countries/germany/' },
  { iso2: 'XK', name: 'Kosovo', status: 'under-review', url: '/countries/kosovo/' },
  { iso2: 'BH', name: 'Bahrain', status: 'permitted', url: '/countries/bahrain/' },
  { iso2: 'VA', name: 'Vatican City & "Holy See"', status: 'no-decision', url: '/countries/vatican-city/' },
];

describe('the world map', () => {
  const map = buildWorldMap(countries);

  it('draws every country of the atlas once, without Antarctica', () => {
    expect(map.shapes.length).toBe(176);
    expect(new Set(map.shapes.map((s) => s.key)).size).toBe(176);
    expect(map.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });

  it('attaches tracked countries to their shapes, by ISO code or by name where the atlas has no code', () => {
    const owned = map.shapes
      .filter((s) => s.country)
      .map((s) => s.country!.iso2)
      .sort();
    expect(owned).toEqual(['DE', 'GB', 'XK']);
  });

  it('returns small states without a shape at this scale', () => {
    expect(map.unmapped.map((c) => c.iso2)).toEqual(['BH', 'VA']);
  });

  it('renders each tracked country linked to its entry, with its status as pattern and title', () => {
    const svg = parse(renderWorldMapSvg(map, { title: 'Map', idPrefix: 'm' }));
    const links = svg.querySelectorAll('a');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual([
      '/countries/germany/',
      '/countries/kosovo/',
      '/countries/united-kingdom/',
    ]);
    const uk = svg.querySelector('a[href="/countries/united-kingdom/"]')!;
    expect(uk.getAttribute('aria-label')).toBe('United Kingdom: Banned');
    expect(uk.querySelector('path')!.getAttribute('fill')).toBe('url(#m-banned)');
    expect(uk.querySelector('title')!.text).toBe('United Kingdom: Banned');
    expect(svg.querySelectorAll('pattern').map((p) => p.id)).toEqual([...STATUSES.map((s) => `m-${s}`), 'm-searched']);
    expect(svg.querySelectorAll('path.map-land').length).toBe(173);
  });

  it('escapes names in the markup', () => {
    const svg = renderWorldMapSvg(buildWorldMap([{ ...countries[0]!, name: 'A & <B>' }]), { title: 'T' });
    expect(svg).toContain('A &amp; &lt;B&gt;: Banned');
    expect(svg).not.toContain('<B>');
  });

  it('as a standalone file carries its own colours and no links', () => {
    const svg = renderWorldMapSvg(map, { title: 'Map', standalone: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<a ');
    expect(svg).toContain(`fill="${STATUS_FILL.banned}"`);
  });

  it('uses the light theme colours of the stylesheet for the standalone file', () => {
    const css = stylesheetWithStatusColors();
    const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const status of STATUSES) expect(light).toContain(`--${status}-fill: ${STATUS_FILL[status]};`);
  });
});

describe('the status chart', () => {
  it('picks round axis steps', () => {
    expect(niceScale(3)).toEqual({ top: 5, step: 1 });
    expect(niceScale(42)).toEqual({ top: 50, step: 10 });
    expect(niceScale(68)).toEqual({ top: 80, step: 20 });
  });

  it('draws one stacked bar per year with a segment per status present', () => {
    const data = [
      { year: 2019, counts: { banned: 1, restricted: 0, 'under-review': 2, permitted: 3, 'no-decision': 0 }, total: 6 },
      { year: 2020, counts: { banned: 2, restricted: 1, 'under-review': 1, permitted: 3, 'no-decision': 0 }, total: 7 },
    ];
    const svg = parse(renderStatusChart(data, STATUSES, { title: 'Chart' }));
    const bars = svg.querySelectorAll('g[data-year]');
    expect(bars.map((b) => b.getAttribute('data-year'))).toEqual(['2019', '2020']);
    expect(bars[0]!.querySelectorAll('rect').map((r) => r.getAttribute('data-status'))).toEqual([
      'banned',
      'under-review',
      'permitted',
    ]);
    const sum = bars[1]!.querySelectorAll('rect').reduce((n, r) => n + Number(r.getAttribute('data-count')), 0);
    expect(sum).toBe(7);
  });
});

describe('the chart axis', () => {
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const counts = { banned: 0, restricted: 0, 'under-review': 0, permitted: 0, 'no-decision': 0 };

  it('starts at the first year in which one in twenty of the latest total had a status', () => {
    const data = years(2000, 2026).map((year) => ({ year, counts, total: year < 2008 ? 0 : year < 2012 ? 3 : 100 }));
    expect(chartYears(data)[0]!.year).toBe(2012);
    expect(chartYears(data.slice(0, 3))).toHaveLength(3); // nothing to trim by
  });

  it('labels round years, never two neighbours, and always the last year', () => {
    expect([...labelYears(years(2012, 2026), 10)].sort()).toEqual([2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
    expect([...labelYears(years(2012, 2026), 5)].sort()).toEqual([2015, 2020, 2026]);
    // 2025 would touch 2026: it gives way.
    expect([...labelYears(years(2003, 2026), 6)].sort()).toEqual([2005, 2010, 2015, 2020, 2026]);
    expect([...labelYears(years(2001, 2025), 6)].sort()).toEqual([2005, 2010, 2015, 2020, 2025]);
    expect([...labelYears([2020], 5)]).toEqual([2020]);
  });
});

describe('the Europe inset', () => {
  const europe = buildWorldMap(
    [
      { iso2: 'FR', name: 'France', status: 'restricted', url: '/countries/france/' },
      { iso2: 'MC', name: 'Monaco', status: 'permitted', url: '/countries/monaco/' },
      { iso2: 'SM', name: 'San Marino', status: 'permitted', url: '/countries/san-marino/' },
      { iso2: 'JP', name: 'Japan', status: 'permitted', url: '/countries/japan/' },
    ],
    { view: 'europe' },
  );
  const xs = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));

  it('draws Europe at its own scale (a frame wound the wrong way draws the globe as a speck)', () => {
    const france = europe.shapes.find((s) => s.country?.iso2 === 'FR')!;
    expect(Math.max(...xs(france.d)) - Math.min(...xs(france.d))).toBeGreaterThan(60);
  });

  it('gives small states a dot each, in its own place, and leaves out what lies outside the frame', () => {
    const dots = europe.markers.map((m) => [m.country!.iso2, m.x, m.y] as const);
    expect(dots.map(([iso]) => iso)).toEqual(['MC', 'SM']);
    expect(dots[0]!.slice(1)).not.toEqual(dots[1]!.slice(1));
    expect(europe.shapes.some((s) => s.country?.iso2 === 'JP')).toBe(false);
  });

  // The view's geometry is computed once and kept: drawing it for other countries must not carry
  // them into the next drawing.
  it('draws the same map again after drawing the view for other countries', () => {
    const other = buildWorldMap(
      [
        { iso2: 'DE', name: 'Germany', status: 'banned', url: '/countries/germany/' },
        { iso2: 'LU', name: 'Luxembourg', status: 'restricted', url: '/countries/luxembourg/' },
        { iso2: 'MC', name: 'Monaco', status: 'banned', url: '/countries/monaco/' },
      ],
      { view: 'europe' },
    );
    expect(other.markers.map((m) => m.country!.iso2)).toEqual(['LU', 'MC']);
    const again = buildWorldMap(
      [
        { iso2: 'FR', name: 'France', status: 'restricted', url: '/countries/france/' },
        { iso2: 'MC', name: 'Monaco', status: 'permitted', url: '/countries/monaco/' },
        { iso2: 'SM', name: 'San Marino', status: 'permitted', url: '/countries/san-marino/' },
        { iso2: 'JP', name: 'Japan', status: 'permitted', url: '/countries/japan/' },
      ],
      { view: 'europe' },
    );
    expect(again).toEqual(europe);
  });
});

describe('drawing coverage and dots', () => {
  const map = buildWorldMap([{ iso2: 'MT', name: 'Malta', status: 'permitted', url: '/countries/malta/' }], {
    view: 'europe',
    coverage: [
      { iso2: 'MC', name: 'Monaco', state: 'no-public-decision', url: '/coverage/#no-public-decision' },
      { iso2: 'FR', name: 'France', state: 'not-researched', url: '/coverage/#not-researched' },
    ],
  });

  it('links dots and coverage shapes, each named with what is known', () => {
    const svg = parse(renderWorldMapSvg(map, { idPrefix: 'eu', title: 'Europe' }));
    const dots = svg.querySelectorAll('a.map-marker');
    expect(
      dots.map((a) => [a.getAttribute('data-iso2'), a.getAttribute('aria-label'), a.getAttribute('href')]),
    ).toEqual([
      ['MC', 'Monaco: searched, nothing found', '/coverage/#no-public-decision'],
      ['MT', 'Malta: No restriction', '/countries/malta/'],
    ]);
    expect(dots[0]!.querySelector('.map-dot')!.getAttribute('fill')).toBe('url(#eu-searched)');
    const france = svg.querySelector('path[data-iso2="FR"]')!;
    expect(france.getAttribute('data-coverage')).toBe('not-researched');
    expect(france.parentNode!.getAttribute('href')).toBe('/coverage/#not-researched');
  });

  it('as a standalone image: the same shapes and dots, no links, fixed colours', () => {
    const svg = renderWorldMapSvg(map, { standalone: true, theme: 'dark', title: 'Europe' });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('<a ');
    expect(
      parse(svg)
        .querySelectorAll('g[data-iso2]')
        .map((g) => g.getAttribute('data-iso2')),
    ).toEqual(['MC', 'MT']);
  });
});
