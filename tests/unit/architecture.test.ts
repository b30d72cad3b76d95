// The layers of docs/ARCHITECTURE.md, enforced: every import in src/ and scripts/ is read and
// checked against what its layer may import. A new file lands in a layer by its folder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

type Layer =
  | 'lib'
  | 'config'
  | 'build'
  | 'integrations'
  | 'content-config'
  | 'data'
  | 'views'
  | 'client'
  | 'styles'
  | 'scripts'
  | 'tests'
  | 'astro-config'
  | 'other';

/** Which layer a file (path relative to the project) belongs to. */
export function layerOf(path: string): Layer {
  if (path.startsWith('src/lib/')) return 'lib';
  if (path === 'src/config.ts') return 'config';
  if (path.startsWith('src/build/')) return 'build';
  if (path.startsWith('src/integrations/')) return 'integrations';
  if (path === 'src/content.config.ts') return 'content-config';
  if (path.startsWith('src/data/')) return 'data';
  if (/^src\/(pages|components|layouts)\//.test(path)) return 'views';
  if (path.startsWith('src/client/')) return 'client';
  if (path.startsWith('src/styles/')) return 'styles';
  if (path.startsWith('scripts/')) return 'scripts';
  if (path.startsWith('tests/')) return 'tests';
  if (path === 'astro.config.mjs') return 'astro-config';
  return 'other';
}

/** What each layer may import from the project (packages are checked separately). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  lib: ['lib'],
  config: ['lib'],
  build: ['lib', 'config', 'build'],
  integrations: ['lib', 'config', 'build', 'integrations'],
  'content-config': ['lib', 'config'],
  data: ['lib', 'config', 'data', 'build'],
  views: ['lib', 'config', 'data', 'views', 'client', 'styles'],
  client: ['lib', 'client'],
  styles: ['styles'],
  scripts: ['lib', 'config', 'build', 'scripts'],
  tests: [
    'lib',
    'config',
    'build',
    'integrations',
    'scripts',
    'tests',
    'data',
    'client',
    'styles',
    'content-config',
    'views',
    'astro-config',
  ],
  'astro-config': ['config', 'integrations', 'lib'],
  other: [],
};

/** The bare Astro project the benchmark compares against: a separate site, not part of ours. */
const SEPARATE = new Set(['scripts/bench/bare-astro']);

function walk(dir: string, out: string[] = []): string[] {
  for (const d of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${d.name}`;
    if (SEPARATE.has(rel)) continue;
    if (d.isDirectory()) walk(rel, out);
    else if (/\.(ts|mjs|astro)$/.test(d.name)) out.push(rel);
  }
  return out;
}

/** Import specifiers of a source file: static and dynamic imports, and `<script src>` in .astro. */
export function importsOf(source: string): string[] {
  const specs = [
    ...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  return [...new Set(specs)];
}

const files = [...walk('src'), ...walk('scripts'), 'astro.config.mjs'];

interface Edge {
  file: string;
  spec: string;
  target?: string;
}

const edges: Edge[] = files.flatMap((file) =>
  importsOf(readFileSync(join(ROOT, file), 'utf8')).map((spec) => {
    if (!spec.startsWith('.')) return { file, spec };
    return { file, spec, target: relative(ROOT, resolve(ROOT, dirname(file), spec)) };
  }),
);

describe('the layers of docs/ARCHITECTURE.md', () => {
  it('finds the files and their imports', () => {
    expect(files.filter((f) => layerOf(f) === 'lib').length).toBeGreaterThan(30);
    expect(edges.filter((e) => e.target).length).toBeGreaterThan(200);
  });

  it('every file of src/ and scripts/ belongs to a layer', () => {
    expect(files.filter((f) => layerOf(f) === 'other')).toEqual([]);
  });

  it('every project import goes only where its layer may go', () => {
    const wrong = edges
      .filter((e) => e.target && !ALLOWED[layerOf(e.file)].includes(layerOf(e.target)))
      .map((e) => `${e.file} (${layerOf(e.file)}) → ${e.target} (${layerOf(e.target!)})`);
    expect(wrong).toEqual([]);
  });

  it('only the data layer reads astro:content', () => {
    const readers = edges.filter((e) => e.spec === 'astro:content').map((e) => e.file);
    expect(readers.filter((f) => !['data', 'content-config'].includes(layerOf(f)))).toEqual([]);
    expect(readers.length).toBeGreaterThan(0);
  });

  it('src/lib is pure: no Astro modules, no Node built-ins, no environment, no clock', () => {
    const lib = files.filter((f) => layerOf(f) === 'lib');
    const impure = lib.flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const problems = importsOf(source)
        .filter((s) => s.startsWith('astro:') || s.startsWith('node:') || s === 'astro')
        .map((s) => `${file} imports ${s}`);
      if (/\bprocess\.|\bDate\.now\(|new Date\(\)/.test(source))
        problems.push(`${file} reads the environment or the clock`);
      return problems;
    });
    expect(impure).toEqual([]);
  });

  it('the browser code imports no packages directly (the matcher in src/lib brings Fuse.js; sizes: budgets.test.ts)', () => {
    expect(edges.filter((e) => layerOf(e.file) === 'client' && !e.target).map((e) => `${e.file} → ${e.spec}`)).toEqual(
      [],
    );
  });
});
