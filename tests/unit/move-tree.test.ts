// The data files are moved into Astro's output at the end of a build: folders both sides have are
// merged, the rest moved whole, and a path both sides wrote is an error, never a silent overwrite.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveTree } from '../../src/build/move-tree.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(base: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
}

describe('moveTree', () => {
  it('merges folders both sides have, moves the others whole, and removes the source', () => {
    root = mkdtempSync(join(tmpdir(), 'ht-move-'));
    const [from, to] = [join(root, 'data'), join(root, 'site')];
    tree(to, { 'countries/spain/index.html': 'page', 'index.html': 'home' });
    tree(from, {
      'countries/spain/feed.xml': 'feed',
      'countries/spain/badge.svg': 'badge',
      'api/v1/countries/spain.json': '{}',
      'robots.txt': 'robots',
    });
    moveTree(from, to);
    expect(existsSync(from)).toBe(false);
    const read = (p: string) => readFileSync(join(to, p), 'utf8');
    expect(['countries/spain/index.html', 'countries/spain/feed.xml', 'countries/spain/badge.svg'].map(read)).toEqual([
      'page',
      'feed',
      'badge',
    ]);
    expect([read('api/v1/countries/spain.json'), read('robots.txt'), read('index.html')]).toEqual([
      '{}',
      'robots',
      'home',
    ]);
  });

  it('refuses a file both sides wrote, keeping the one already there', () => {
    root = mkdtempSync(join(tmpdir(), 'ht-move-'));
    const [from, to] = [join(root, 'data'), join(root, 'site')];
    tree(to, { 'countries/spain/index.html': 'page' });
    tree(from, { 'countries/spain/index.html': 'other' });
    expect(() => moveTree(from, to)).toThrow(/countries\/spain\/index\.html is written twice/);
    expect(readFileSync(join(to, 'countries/spain/index.html'), 'utf8')).toBe('page');
  });

  it('creates the destination when it does not exist', () => {
    root = mkdtempSync(join(tmpdir(), 'ht-move-'));
    const [from, to] = [join(root, 'data'), join(root, 'site')];
    tree(from, { 'a/b.txt': 'b' });
    moveTree(from, to);
    expect(readFileSync(join(to, 'a/b.txt'), 'utf8')).toBe('b');
  });
});
