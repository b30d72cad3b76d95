// Issue 3's coverage list: every entity the sources and notes give a sourced event for has an entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import { normalizeName, validateContent } from '../../src/lib/validate/index.ts';

const listed = readFileSync(new URL('../coverage/entities.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('content coverage', () => {
  const { entries, issues } = validateContent(readContentFiles('content'), { today: '9999-12-31' });
  const known = new Map<string, string>();
  for (const e of entries) for (const n of [e.data.name, ...e.data.aliases]) known.set(normalizeName(n), e.file);

  it('the content validates', () => {
    expect(issues).toEqual([]);
  });

  it('lists each name once', () => {
    expect(new Set(listed.map(normalizeName)).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(140);
  });

  it('has an entry for every listed entity', () => {
    expect(listed.filter((name) => !known.has(normalizeName(name)))).toEqual([]);
  });
});
