// Issue 3's coverage list: every entity the sources and notes give a sourced event for has an entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import { coverageRows } from '../../src/lib/coverage/coverage.ts';
import { SOVEREIGN_STATES } from '../../src/lib/coverage/sovereign-states.ts';
import { REGIONS } from '../../src/lib/schema/index.ts';
import { normalizeName, validateContent } from '../../src/lib/validate/index.ts';
import { TEST_DATE } from '../support/test-date.ts';

const listed = readFileSync(new URL('../coverage/entities.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

// The pinned date of the tests (the newest the content states), never the clock.
const TODAY = TEST_DATE;

describe('content coverage', () => {
  const { entries, issues, coverage } = validateContent(readContentFiles('content'), { today: TODAY });
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

  it('has at least 150 country entries, in every region', () => {
    const countries = entries.filter((e) => e.kind === 'countries');
    expect(countries.length).toBeGreaterThanOrEqual(150);
    for (const region of REGIONS)
      expect(
        countries.some((e) => e.data.region === region),
        region,
      ).toBe(true);
  });

  it('accounts for every sovereign state: an entry or a dated search', () => {
    const rows = coverageRows(
      entries.map((e) => ({
        kind: e.kind,
        iso2: 'iso2' in e.data ? e.data.iso2 : undefined,
        name: e.data.name,
        url: `/${e.kind}/${e.slug}/`,
        status: e.data.status,
      })),
      coverage?.items ?? {},
    );
    expect(rows).toHaveLength(SOVEREIGN_STATES.length);
    expect(rows.filter((r) => r.state === 'not-researched').map((r) => r.name)).toEqual([]);
  });
});
