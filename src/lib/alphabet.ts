/** A–Z grouping. Names are sorted and grouped by their first letter, accents ignored ("Österreich" → O). */
export const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
/** Bucket for names that start with a digit or symbol. */
export const OTHER = '0-9';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function initialOf(name: string): string {
  const first = name.normalize('NFKD').replace(/\p{M}/gu, '').trim().charAt(0).toLowerCase();
  return LETTERS.includes(first) ? first : OTHER;
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Every letter a–z (and the "0-9" bucket if used), each with its items sorted by name; empty letters kept. */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
  const groups = new Map<string, T[]>(LETTERS.map((l) => [l, []]));
  for (const item of sorted) {
    const letter = initialOf(nameOf(item));
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(item);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, items: list }))
    .sort((a, b) => letterOrder(a.letter) - letterOrder(b.letter));
}

function letterOrder(letter: string): number {
  const i = LETTERS.indexOf(letter);
  return i === -1 ? -1 : i;
}
