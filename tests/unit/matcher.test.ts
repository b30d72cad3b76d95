import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import { buildEntries } from '../../src/lib/entries.ts';
import {
  closeTerm,
  createMatcher,
  didYouMean,
  foldName,
  MAX_QUERY_LENGTH,
  nameRecords,
  nameShards,
  type NameRecord,
  shardOf,
} from '../../src/lib/matcher.ts';
import { validateContent } from '../../src/lib/validate/index.ts';
import { QUERY_TABLE } from '../support/query-table.ts';

describe('folding', () => {
  it.each([
    ['Côte d’Ivoire', 'cote d ivoire'],
    ["CÔTE D'IVOIRE", 'cote d ivoire'],
    ['  Türkiye ', 'turkiye'],
    ['São Tomé and Príncipe', 'sao tome and principe'],
    ['Straße', 'strasse'],
    ['AT&T', 'at t'],
    ['中国', '中国'],
    ['Россия', 'россия'],
    ['Ελλάδα', 'ελλαδα'],
  ])('%s → %s', (input, folded) => expect(foldName(input)).toBe(folded));

  it('files every name under its first character, other scripts under "x"', () => {
    const shards = nameShards([
      { n: 'Germany', a: ['Deutschland', 'Германия'], u: '/g/', s: 'restricted', k: 'countries' },
    ]);
    expect(Object.keys(shards).sort()).toEqual(['d', 'g', 'x']);
    const keys = new Set(Object.keys(shards));
    expect(shardOf('germany', keys)).toBe('g');
    expect(shardOf('деутсчланд', keys)).toBe('x');
    expect(shardOf('5g', keys)).toBeUndefined();
  });

  it('splits a first character with more entries than the limit by the first two, spaces ignored', () => {
    const record = (n: string, a?: string[]): NameRecord => ({
      n,
      ...(a ? { a } : {}),
      u: `/${n}/`,
      s: 'permitted',
      k: 'companies',
    });
    const records = [record('Sa One'), record('Sa Two'), record('Se One', ['Alpha']), record('S'), record('Sk')];
    const shards = nameShards(records, 3);
    expect(Object.keys(shards).sort()).toEqual(['a', 's_', 'sa', 'se', 'sk']);
    expect(shards['sa']?.map((r) => r.n)).toEqual(['Sa One', 'Sa Two']);
    // An alias under another, unsplit character stays there.
    expect(shards['a']?.map((r) => r.n)).toEqual(['Se One']);
    const keys = new Set(Object.keys(shards));
    expect(shardOf('sa one', keys)).toBe('sa');
    expect(shardOf('s e', keys)).toBe('se');
    expect(shardOf('s', keys)).toBe('s_');
    expect(shardOf('sz', keys)).toBeUndefined();
    // A part still over the limit is split again, by the next character.
    const deep = nameShards([record('Sab'), record('Sac'), record('Sad'), record('Sb')], 2);
    expect(Object.keys(deep).sort()).toEqual(['sab', 'sac', 'sad', 'sb']);
    expect(shardOf('sac', new Set(Object.keys(deep)))).toBe('sac');
    // Under the limit nothing is split, and each record is filed once per file.
    const whole = nameShards([record('Sa', ['Sb', 'Sc'])], 3);
    expect(whole).toEqual({ s: [record('Sa', ['Sb', 'Sc'])] });
  });
});

const fixtures: NameRecord[] = [
  { n: 'Ukraine', u: '/countries/ukraine/', s: 'under-review', k: 'countries' },
  { n: 'United Kingdom', a: ['UK', 'Britain'], u: '/countries/united-kingdom/', s: 'banned', k: 'countries' },
  { n: 'UK Telecom', u: '/companies/uk-telecom/', s: 'permitted', k: 'companies' },
  { n: 'Georgia', u: '/countries/georgia/', s: 'under-review', k: 'countries' },
  { n: 'Germany', a: ['Deutschland'], u: '/countries/germany/', s: 'restricted', k: 'countries' },
  { n: 'German Telecom', u: '/companies/german-telecom/', s: 'permitted', k: 'companies' },
];

describe('ranking', () => {
  const m = createMatcher(fixtures);
  const first = (q: string) => m.search(q)[0]?.record.n;

  it('puts an exact name or alias first, always, before longer names that start with it', () => {
    expect(m.search('uk').map((r) => [r.record.n, r.tier])).toEqual([
      ['United Kingdom', 'exact'],
      ['Ukraine', 'prefix'],
      ['UK Telecom', 'prefix'],
    ]);
  });

  it('holds close spellings to a budget of wrong letters', () => {
    expect(m.search('gremany')[0]?.record.n).toBe('Germany'); // two letters swapped
    expect(m.search('gxrmxnx')).toEqual([]); // three wrong
  });

  it('ranks prefixes before words, and countries before companies', () => {
    expect(m.search('germ').map((r) => r.record.n)).toEqual(['Germany', 'German Telecom']);
    expect(first('telecom')).toBe('UK Telecom');
  });

  it('finds close spellings only when nothing matches by name, and offers the best as "did you mean"', () => {
    const close = m.search('germny');
    expect(close[0]?.record.n).toBe('Germany');
    expect(close[0]?.tier).toBe('close');
    expect(didYouMean(close)?.record.n).toBe('Germany');
    expect(didYouMean(m.search('germany'))).toBeUndefined();
  });

  it('matches nothing for nonsense, markup or a query too long to be a name', () => {
    expect(m.search('zzzz')).toEqual([]);
    expect(m.search('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(m.search('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual([]);
    expect(m.search('   ')).toEqual([]);
  });

  it('puts an entry whose name is the query before one that has it as an alias', () => {
    const both = createMatcher([
      { n: 'Orange Belgium', a: ['Orange'], u: '/companies/orange-belgium/', s: 'restricted', k: 'companies' },
      { n: 'Orange', u: '/companies/orange/', s: 'restricted', k: 'companies' },
    ]);
    expect(both.search('orange').map((r) => [r.record.n, r.tier, r.matched])).toEqual([
      ['Orange', 'exact', 'Orange'],
      ['Orange Belgium', 'exact', 'Orange'],
    ]);
  });

  it('keeps the better of two close spellings of one entry (its name or an alias)', () => {
    const close = createMatcher([
      { n: 'Germanie', a: ['Germany'], u: '/x/', s: 'restricted', k: 'countries' },
      { n: 'Hermanix', u: '/y/', s: 'restricted', k: 'countries' },
    ]);
    // "germanix" is one letter from the name and two from the alias: the name's score counts.
    expect(close.search('germanix').map((r) => [r.record.n, r.matched])).toEqual([
      ['Germanie', 'Germanie'],
      ['Hermanix', 'Hermanix'],
    ]);
    const other = createMatcher([
      { n: 'Germany', a: ['Germanie'], u: '/x/', s: 'restricted', k: 'countries' },
      { n: 'Hermanix', u: '/y/', s: 'restricted', k: 'countries' },
    ]);
    const [best] = other.search('germanyx');
    expect([best?.record.n, best?.matched]).toEqual(['Germany', 'Germany']);
    expect(best!.score).toBeLessThan(2);
  });

  it('says which name matched', () => {
    expect(m.search('deutschland')[0]).toMatchObject({ matched: 'Deutschland', tier: 'exact' });
  });

  it('suggests the search term a misspelling meant', () => {
    expect(closeTerm('huwaei')).toBe('huawei');
    expect(closeTerm('huawei')).toBeUndefined();
    expect(closeTerm('zzzz')).toBeUndefined();
  });
});

describe('the query table, over the real content', () => {
  const { entries } = validateContent(readContentFiles('content'), { today: '2026-12-03' });
  const matcher = createMatcher(nameRecords(buildEntries(entries)));

  it('has at least 40 rows', () => {
    expect(QUERY_TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUERY_TABLE)('%s → %s (%s)', (query, slug) => {
    const top = matcher.search(query)[0];
    if (slug === '') expect(top).toBeUndefined();
    else expect(top?.record.u).toMatch(new RegExp(`/${slug}/$`));
  });
});
