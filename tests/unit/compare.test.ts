import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import { compareTerms, MAX_COMPARED, resolveName, slugOf } from '../../src/lib/compare.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import { createMatcher, type NameRecord, nameRecords } from '../../src/lib/matcher.ts';
import { validateContent } from '../../src/lib/validate/index.ts';

const record = (n: string, a?: string[]): NameRecord => ({
  n,
  ...(a ? { a } : {}),
  u: `/countries/${n.toLowerCase().replace(/ /g, '-')}/`,
  s: 'permitted',
  k: 'countries',
});

describe('the terms of ?e=', () => {
  it('splits at commas, trims, and keeps each term once, in order', () => {
    expect(compareTerms(' germany, France ,,germany, FRANCE,uk ')).toEqual(['germany', 'France', 'uk']);
    expect(compareTerms('')).toEqual([]);
    expect(MAX_COMPARED).toBe(6);
  });

  it('reads the address name of an entry', () => {
    expect(slugOf(record('United Kingdom'))).toBe('united-kingdom');
  });
});

describe('which entry a typed name means', () => {
  const small = createMatcher([
    record('Austria'),
    record('Australia'),
    record('France'),
    record('Finland'),
    record('United Kingdom', ['UK', 'Britain']),
    record('United States', ['USA']),
  ]);
  const resolve = (q: string) => resolveName(small.search(q, 6));

  it('takes a name or alias written in full', () => {
    expect(resolve('france')).toEqual({ record: expect.objectContaining({ n: 'France' }), corrected: false });
    expect(resolve('UK').record?.n).toBe('United Kingdom');
  });

  it('corrects a typo with one clear correction', () => {
    expect(resolve('frnace')).toEqual({ record: expect.objectContaining({ n: 'France' }), corrected: true });
  });

  it('does not guess between two equally close spellings, but offers both', () => {
    const r = resolve('austraia');
    expect(r.record).toBeUndefined();
    expect(!r.record && r.didYouMean.map((m) => m.record.n).sort()).toEqual(['Australia', 'Austria']);
  });

  it('offers, and does not add, an entry from part of its name', () => {
    const r = resolve('united');
    expect(r.record).toBeUndefined();
    expect(!r.record && r.didYouMean.map((m) => m.record.n).sort()).toEqual(['United Kingdom', 'United States']);
  });

  it('has nothing to offer for a real miss', () => {
    expect(resolve('atlantis')).toEqual({ didYouMean: [] });
    expect(resolveName([])).toEqual({ didYouMean: [] });
  });
});

describe('over the real content', () => {
  const { entries } = validateContent(readContentFiles('content'), { today: '2026-12-03' });
  const matcher = createMatcher(nameRecords(buildEntries(entries)));
  const resolve = (q: string) => resolveName(matcher.search(q, 6)).record?.u;

  it.each([
    ['frnace', '/countries/france/'],
    ['germny', '/countries/germany/'],
    ['Deutschland', '/countries/germany/'],
    ['UK', '/countries/united-kingdom/'],
    ['united kingdom', '/countries/united-kingdom/'],
    ['vodafone', '/companies/vodafone/'],
  ])('%s adds %s', (query, url) => expect(resolve(query)).toBe(url));

  it('adds nothing for a name no entry has', () => {
    expect(resolve('atlantis')).toBeUndefined();
  });
});
