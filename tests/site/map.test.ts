// The map, its table and the as-of pages against the content they are derived from.
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../src/lib/as-of.ts';
import { endOfYear } from '../../src/lib/calendar-date.ts';
import { STATUS_INFO } from '../../src/lib/status.ts';
import { contentEntries, page } from '../support/dist.ts';

const countries = contentEntries().filter((e) => e.kind === 'countries');

describe('the world map', () => {
  const doc = page('/map/');
  const shapes = doc.querySelectorAll('.world-map svg a');
  const beside = doc.querySelectorAll('.map-beside a').map((a) => a.getAttribute('href'));

  it('has one linked shape per country with an entry; the others are listed beside it', () => {
    const onMap = shapes.map((a) => a.getAttribute('href'));
    expect(new Set(onMap).size).toBe(onMap.length);
    for (const c of countries) {
      const url = `/countries/${c.slug}/`;
      expect(onMap.includes(url) || beside.includes(url), url).toBe(true);
    }
    expect(onMap.length + beside.filter((u) => u!.startsWith('/countries/')).length).toBe(countries.length);
    expect(onMap.length).toBeGreaterThan(countries.length - 10);
  });

  it('colours and names each shape with its entry status', () => {
    for (const a of shapes) {
      const slug = a.getAttribute('href')!.split('/')[2];
      const entry = countries.find((c) => c.slug === slug)!;
      const path = a.querySelector('path')!;
      expect(path.getAttribute('data-status')).toBe(entry.data.status);
      expect(path.getAttribute('fill')).toBe(`url(#map-${entry.data.status})`);
      expect(path.querySelector('title')!.text).toBe(`${entry.data.name}: ${STATUS_INFO[entry.data.status].label}`);
    }
  });

  it('lists blocs without a country beside the map', () => {
    expect(beside).toContain('/organizations/european-union/');
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
