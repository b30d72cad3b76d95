// The benchmark's synthetic content must be valid (otherwise the build benchmark measures a failed
// build), deterministic for a seed (so runs compare) and of the size asked for.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { readContentFiles } from '../../src/build/content-files.ts';
import { formatIssue, validateContent } from '../../src/lib/validate/index.ts';

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
