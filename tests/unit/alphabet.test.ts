import { describe, expect, it } from 'vitest';
import { compareNames, groupByInitial, initialOf, LETTERS, OTHER } from '../../src/lib/alphabet.ts';

describe('A–Z grouping', () => {
  it('groups by first letter, ignoring accents and case', () => {
    expect(initialOf('Österreich')).toBe('o');
    expect(initialOf('Türk Telekom')).toBe('t');
    expect(initialOf('du')).toBe('d');
    expect(initialOf('3 Group')).toBe(OTHER);
  });

  it('sorts names as a reader expects', () => {
    const names = ['telia', 'Türk Telekom', 'T-Mobile US', 'Taiwan', 'AT&T', 'apple'];
    // Punctuation sorts before letters (Unicode collation), so "T-Mobile" comes before "Taiwan".
    expect([...names].sort(compareNames)).toEqual(['apple', 'AT&T', 'T-Mobile US', 'Taiwan', 'telia', 'Türk Telekom']);
  });

  it('returns every letter, empty ones included, in order', () => {
    const groups = groupByInitial(['Zambia', 'Austria', 'australia', 'Belgium'], (n) => n);
    expect(groups.map((g) => g.letter)).toEqual(LETTERS);
    expect(groups[0]!.items).toEqual(['australia', 'Austria']);
    expect(groups[1]!.items).toEqual(['Belgium']);
    expect(groups[2]!.items).toEqual([]);
    expect(groups.at(-1)!.items).toEqual(['Zambia']);
  });

  it('puts names that start with a digit in their own bucket, first', () => {
    const groups = groupByInitial(['3 Group', 'Apple'], (n) => n);
    expect(groups[0]).toEqual({ letter: OTHER, items: ['3 Group'] });
  });
});
