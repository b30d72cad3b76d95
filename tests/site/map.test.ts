// The map, its table and the as-of pages against the content they are derived from.
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../src/lib/as-of.ts';
import { endOfYear } from '../../src/lib/calendar-date.ts';
import { isoNumeric } from '../../src/lib/schema/iso.ts';
import { STATUS_INFO } from '../../src/lib/status.ts';
import world110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { contentEntries, page, readBuilt } from '../support/dist.ts';

const countries = contentEntries().filter((e) => e.kind === 'countries');

describe('the world map', () => {
  const doc = page('/map/');
  const world = doc.querySelector('.world-map__canvas--world svg')!;
  const europe = doc.querySelector('.world-map__canvas--europe svg')!;
  const countryLinks = (svg: typeof world) =>
    svg.querySelectorAll('a').filter((a) => a.getAttribute('href')!.startsWith('/countries/'));
  const shapes = countryLinks(world);
  const beside = doc.querySelectorAll('.map-beside a').map((a) => a.getAttribute('href'));

  it('has one linked shape per country with an entry; the others are listed beside it', () => {
    const onMap = shapes.map((a) => a.getAttribute('href'));
    expect(new Set(onMap).size).toBe(onMap.length);
    for (const c of countries) {
      const url = `/countries/${c.slug}/`;
      expect(onMap.includes(url) || beside.includes(url), url).toBe(true);
    }
    expect(onMap.length + beside.filter((u) => u!.startsWith('/countries/')).length).toBe(countries.length);
    // Beside the map only what the atlas has no shape for at this scale (small island states).
    const besideCountries = countries.filter((c) => beside.includes(`/countries/${c.slug}/`));
    const shapeIds = new Set(world110m.objects.countries.geometries.map((g) => String(g.id)));
    expect(
      besideCountries
        .filter((c) => shapeIds.has(isoNumeric('iso2' in c.data ? c.data.iso2 : '') ?? '-'))
        .map((c) => c.slug),
    ).toEqual([]);
  });

  it('colours and names each shape with its entry status', () => {
    for (const a of shapes) {
      const slug = a.getAttribute('href')!.split('/')[2];
      const entry = countries.find((c) => c.slug === slug)!;
      const path = a.querySelector('path')!;
      const label = `${entry.data.name}: ${STATUS_INFO[entry.data.status].label}`;
      expect(path.getAttribute('data-status')).toBe(entry.data.status);
      expect(path.getAttribute('fill')).toBe(`url(#map-${entry.data.status})`);
      expect(path.querySelector('title')!.text).toBe(label);
      expect(a.getAttribute('aria-label')).toBe(label);
    }
  });

  it('draws sovereign states without an entry by what the coverage page says of them', () => {
    const searched = world.querySelectorAll('a[href="/coverage/#no-public-decision"]');
    const listed = page('/coverage/').querySelectorAll(
      '#no-public-decision ~ * li, #no-public-decision ~ table tbody tr',
    );
    expect(searched.length).toBeGreaterThan(0);
    expect(listed.length).toBeGreaterThanOrEqual(searched.length);
    for (const a of searched) expect(a.getAttribute('aria-label')).toMatch(/: searched, nothing found$/);
  });

  it('lists blocs without a country beside the map', () => {
    expect(beside).toContain('/organizations/european-union/');
  });

  it('the Europe inset has every European entry, as a shape or a dot, each dot in its own place', () => {
    const links = countryLinks(europe).map((a) => a.getAttribute('href'));
    const european = countries.filter((c) => c.data.region === 'Europe').map((c) => `/countries/${c.slug}/`);
    expect(european.filter((u) => !links.includes(u))).toEqual([]);
    // Dots: the states too small for their shape (Monaco, San Marino, Malta, Luxembourg…).
    const dots = europe.querySelectorAll('a.map-marker');
    expect(dots.map((a) => a.getAttribute('data-iso2'))).toEqual(expect.arrayContaining(['MC', 'MT', 'SM', 'VA']));
    const places = dots.map((a) => {
      const c = a.querySelector('circle')!;
      return `${c.getAttribute('cx')},${c.getAttribute('cy')}`;
    });
    expect(new Set(places).size).toBe(places.length);
    // Its shapes are drawn at Europe's scale: France spans a good part of the inset, not a speck.
    const france = europe.querySelector('a[href="/countries/france/"] path')!.getAttribute('d')!;
    const xs = [...france.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(60);
  });

  it('agrees with the table below it', () => {
    const rows = doc.querySelectorAll('.country-table tbody tr');
    expect(rows.length).toBe(countries.length);
    const fromTable = new Map(rows.map((r) => [r.getAttribute('data-iso2'), r.getAttribute('data-status')]));
    for (const a of shapes) {
      const path = a.querySelector('path')!;
      expect(fromTable.get(path.getAttribute('data-iso2'))).toBe(path.getAttribute('data-status'));
    }
  });
});

describe('the maps by part of the network', () => {
  it.each(['ran', 'core', 'government', 'devices', 'supply', '4g'])(
    '/map/%s/ agrees with the API status per scope',
    (scope) => {
      const doc = page(`/map/${scope}/`);
      const shapes = doc
        .querySelectorAll('.world-map__canvas--world svg a')
        .filter((a) => a.getAttribute('href')!.startsWith('/countries/'));
      const api = JSON.parse(readBuilt('api/v1/entries.json').toString('utf8')).entries as Array<{
        kind: string;
        slug: string;
        scopes: Array<{ scope: string; status: string }>;
      }>;
      const expected = new Map(
        api
          .filter((e) => e.kind === 'countries')
          .flatMap((e) => e.scopes.filter((r) => r.scope === scope).map((r) => [`/countries/${e.slug}/`, r.status])),
      );
      const beside = doc.querySelectorAll('.map-beside a').map((a) => a.getAttribute('href')!);
      const linked = shapes.map((a) => a.getAttribute('href')!);
      expect(expected.size).toBeGreaterThan(0);
      expect([...linked, ...beside].sort()).toEqual([...expected.keys()].sort());
      for (const a of shapes)
        expect(a.querySelector('path')!.getAttribute('data-status'), a.getAttribute('href')).toBe(
          expected.get(a.getAttribute('href')!),
        );
    },
  );
});

describe('the tracker as it stood', () => {
  const years = page('/as-of/')
    .querySelectorAll('main li a')
    .map((a) => Number(a.text.replace(/\D/g, '')));

  it('has a page for every year from the first event to the build year', () => {
    const first = Math.min(...contentEntries().flatMap((e) => e.data.events.map((ev) => Number(ev.date.slice(0, 4)))));
    expect(Math.min(...years)).toBe(first);
    expect(years.length).toBe(Math.max(...years) - first + 1);
  });

  it.each([2012, 2018, 2019, 2020, 2022, 2024])(
    'end of %i: every country has the status its events gave it then',
    (year) => {
      const doc = page(`/as-of/${year}/`);
      const rows = new Map(
        doc
          .querySelectorAll('.country-table tbody tr')
          .map((r) => [r.getAttribute('data-iso2'), r.getAttribute('data-status')]),
      );
      for (const c of countries) {
        const { status } = stateAt(c.data.events, endOfYear(year));
        expect(rows.get('iso2' in c.data ? c.data.iso2 : ''), `${c.slug} in ${year}`).toBe(status ?? undefined);
      }
    },
  );

  it('the chart data ends with the current counts', () => {
    const rows = page('/timeline/').querySelectorAll('.chart-data tbody tr');
    const last = rows.at(-1)!;
    const total = Number(last.querySelectorAll('td').at(-1)!.text);
    expect(total).toBe(countries.filter((c) => c.data.events.some((e) => e.status)).length);
  });
});
