// View models the pages, maps and search index share: search records, map and coverage rows, labels.
import { fillFacts } from '../../src/lib/facts.ts';
import { describe, expect, it } from 'vitest';
import { coverageRows, isSovereignState } from '../../src/lib/coverage/coverage.ts';
import { coverageLine, recordLine, siteCounts } from '../../src/lib/counts.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import { besideRows, coverageMarks, mapRows, scopeRows } from '../../src/lib/map/map-data.ts';
import { entryRecord, faqRecord, SORT_KEY } from '../../src/lib/search.ts';
import { statusLabel, statusMeaning } from '../../src/lib/status.ts';
import { urls } from '../../src/lib/urls.ts';
import { SAMPLE_ENTRIES } from '../support/sample-entries.ts';

const views = buildEntries(SAMPLE_ENTRIES);
const zeta = views.find((v) => v.slug === 'zeta')!;
const alpha = views.find((v) => v.slug === 'alpha-telecom')!;

describe('search records', () => {
  it('an entry: names, summary, then events newest first, with its filters and sort key', () => {
    const r = entryRecord(zeta, 'Some *context* with [a link](https://a.example/).');
    expect(r.url).toBe('/countries/zeta/');
    expect(r.content.startsWith('Zeta (Zetaland). A summary long enough for the schema.')).toBe(true);
    expect(r.content.indexOf('Court upholds the law.')).toBeLessThan(r.content.indexOf('Review opens.'));
    expect(r.content.endsWith('Some context with a link.')).toBe(true);
    // No raw labels in the text a reader sees as an excerpt.
    expect(r.content).not.toMatch(/Sets status|Also known as/);
    expect(r.filters).toEqual({
      status: ['banned'],
      kind: ['countries'],
      region: ['Europe'],
      evidence: ['multiple-reports'],
      scope: ['core'],
    });
    expect(r.meta).toMatchObject({ title: 'Zeta', status: 'Banned', kind: 'Country', evidence: expect.any(String) });
    expect(r.sort).toEqual({ [SORT_KEY]: '2021' });
  });

  it('a company is labelled by what it did; an entry with no status event has no evidence filter', () => {
    const r = entryRecord(alpha, '');
    expect(r.meta['status']).toBe('No decision');
    expect(r.filters).not.toHaveProperty('evidence');
    expect(r.content).toBe('Alpha Telecom. A summary long enough for the schema. Founded.');
  });

  it('a FAQ answer: question, short answer, long answer, with its facts filled from the data', () => {
    const facts = {
      siteName: 'T',
      asOf: '2026-12-06',
      entries: [{ name: 'Zeta', kind: 'countries', status: 'banned' }],
    } as const;
    const r = faqRecord(
      {
        slug: 'why',
        body: 'More **detail** on {{names:banned}}.',
        data: { question: 'Why?', answer: 'Because {{count:banned}}', lastVerified: '2026-11-01' } as never,
      },
      (text) => fillFacts(text, facts),
    );
    expect([r.url, r.content, r.filters]).toEqual([
      '/faq/why/',
      'Why? Because 1. More detail on Zeta.',
      { kind: ['faq'] },
    ]);
  });
});

describe('map rows', () => {
  it('countries with an ISO code, by status; blocs beside the map', () => {
    expect(mapRows(views).map((r) => [r.iso2, r.status, r.since])).toEqual([['DE', 'banned', '2020-12-07']]);
    expect(besideRows(views)).toEqual([]);
    expect(mapRows(views, () => undefined)).toEqual([]);
  });

  it('by scope: only countries whose events name that part of the network', () => {
    expect(scopeRows(views, 'core').map((r) => [r.iso2, r.status, r.sinceUrl])).toEqual([
      ['DE', 'banned', '/countries/zeta/#law'],
    ]);
    expect(scopeRows(views, 'ran')).toEqual([]);
  });

  it('coverage: every sovereign state, by entry, searched or not researched, linked to its section', () => {
    const rows = coverageRows(views, { FR: { name: 'France', searched: '2026-12-03', note: 'Nothing found.' } });
    const site = siteCounts(views, rows);
    const counts = site.coverage;
    expect([site.states, site.byKind.countries, site.sovereignCountries]).toEqual([rows.length, 1, 1]);
    expect(recordLine(site)).toBe('1 country entry, 1 company and 0 organizations');
    expect(coverageLine(site)).toMatch(
      /^Of the \d+ sovereign states, 1 has an entry, 1 was searched with nothing found and \d+ are not yet researched\.$/,
    );
    expect(counts.entry).toBe(1);
    expect(counts['no-public-decision']).toBe(1);
    expect(counts.entry + counts['no-public-decision'] + counts['not-researched']).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(190);
    const marks = coverageMarks(rows, urls.coverage());
    expect(marks.find((m) => m.iso2 === 'FR')).toEqual({
      iso2: 'FR',
      name: 'France',
      state: 'no-public-decision',
      url: '/coverage/#no-public-decision',
    });
    expect(marks.find((m) => m.iso2 === 'IT')?.url).toBe('/coverage/#not-researched');
    expect(marks.some((m) => m.iso2 === 'DE')).toBe(false);
    expect([isSovereignState('DE'), isSovereignState('XK'), isSovereignState('HK')]).toEqual([true, true, false]);
  });
});

describe('labels and addresses', () => {
  it('word statuses for companies by what they did, for places by the status', () => {
    expect([statusLabel('banned', 'companies'), statusLabel('banned', 'countries'), statusLabel('banned')]).toEqual([
      'Cut ties with Huawei',
      'Banned',
      'Banned',
    ]);
    expect(statusMeaning('restricted', 'companies')).not.toBe(statusMeaning('restricted', 'countries'));
  });

  it('build every internal address in one place', () => {
    expect([
      urls.search(),
      urls.search('a b&c'),
      urls.compare(),
      urls.compare(['germany', 'france']),
      urls.event('countries', 'zeta', 'law'),
      urls.letter('z'),
      urls.year(2020),
      urls.asOf(2020),
      urls.group('eu'),
      urls.mapScope('core'),
      urls.faq('why'),
      urls.status('banned'),
    ]).toEqual([
      '/search/',
      '/search/?q=a%20b%26c',
      '/compare/',
      '/compare/?e=germany,france',
      '/countries/zeta/#law',
      '/a-z/z/',
      '/timeline/2020/',
      '/as-of/2020/',
      '/groups/eu/',
      '/map/core/',
      '/faq/why/',
      '/status/banned/',
    ]);
  });
});
