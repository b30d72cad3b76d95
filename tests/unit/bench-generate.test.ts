// The benchmark's synthetic content must be valid (otherwise the build benchmark measures a failed
// build), deterministic for a seed (so runs compare) and of the size asked for.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCopies } from '../../scripts/bench/from-content.ts';
import { generateContent } from '../../scripts/bench/generate.ts';
import { readContentFiles } from '../../src/build/content-files.ts';
import { formatIssue, validateContent } from '../../src/lib/validate/index.ts';
import { TEST_DATE } from '../support/test-date.ts';

const dirs: string[] = [];
function generate(n: number, seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-gen-'));
  dirs.push(dir);
  return { dir, generated: generateContent(dir, n, seed) };
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('generateContent', () => {
  const { dir, generated } = generate(50, 7);
  const files = readContentFiles(dir, dir);

  it('writes entries that validate with zero issues', () => {
    const { entries, issues } = validateContent(files, { today: '2026-11-22' });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(entries).toHaveLength(50);
  });

  it('writes the requested number of entries, about 40/50/10% countries, companies and organizations', () => {
    expect(files).toHaveLength(50);
    expect(generated.entries).toHaveLength(50);
    expect(generated.counts).toEqual({ countries: 20, companies: 25, organizations: 5 });
    for (const kind of ['countries', 'companies', 'organizations'] as const) {
      expect(readdirSync(join(dir, kind))).toHaveLength(generated.counts[kind]);
    }
    // About five events each.
    expect(generated.events / 50).toBeGreaterThan(4);
    expect(generated.events / 50).toBeLessThan(6);
  });

  it('gives the same files for the same seed, and different ones for another seed', () => {
    const again = readContentFiles(generate(50, 7).dir, dir);
    expect(again.map((f) => f.relPath)).toEqual(files.map((f) => f.relPath));
    expect(again.map((f) => Buffer.from(f.bytes).toString())).toEqual(
      files.map((f) => Buffer.from(f.bytes).toString()),
    );
    const other = readContentFiles(generate(50, 8).dir, dir);
    expect(other.map((f) => f.relPath)).not.toEqual(files.map((f) => f.relPath));
  });
});

describe('contentCopies (bench --from-content)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-copies-'));
  dirs.push(dir);
  const real = readContentFiles('content').filter((f) => /^(countries|companies|organizations)\//.test(f.relPath));
  const n = real.length * 2 + 7;
  const copied = contentCopies(dir, n, 'content');
  const files = readContentFiles(dir, dir);

  it('writes the real entries and their copies, n in all, that validate at the content date', () => {
    const { entries, issues } = validateContent(files, { today: TEST_DATE });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(entries).toHaveLength(n);
    expect(copied.entries).toHaveLength(n);
  });

  it('keeps every event of the entry it copies, under a numbered name', () => {
    const { entries } = validateContent(files, { today: TEST_DATE });
    const bySlug = new Map(entries.map((e) => [e.slug, e]));
    const original = entries.find((e) => e.kind === 'countries')!;
    const copy = bySlug.get(`${original.slug}-2`)!;
    expect(copy.kind).toBe('companies');
    expect(copy.data.name).toBe(`${original.data.name} 2`);
    expect(copy.data.events).toEqual(original.data.events);
    expect(copy.data.status).toBe(original.data.status);
    // Three rounds: some entries have a third copy, none a fourth.
    expect(bySlug.has(`${original.slug}-3`)).toBe(true);
    expect(bySlug.has(`${original.slug}-4`)).toBe(false);
  });
});
