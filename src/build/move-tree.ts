import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Move every file of `from` to the same place under `to`, creating folders, then remove `from`.
 * Both folders are on one file system, so each file is a rename, and a folder `to` lacks is moved
 * whole. A file that already exists in `to` is an error: the data files and Astro's pages never
 * write the same path.
 */
export function moveTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  merge(from, to);
  rmSync(from, { recursive: true, force: true });
}

// At 10,000 entries this merges 10,000 entry folders (Astro's page, our feed and badge): one listing
// of each side and a rename per file, without a stat or mkdir per file.
function merge(from: string, to: string): void {
  const there = new Map(readdirSync(to, { withFileTypes: true }).map((d) => [d.name, d.isDirectory()]));
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, d.name);
    const dst = join(to, d.name);
    const existing = there.get(d.name);
    if (existing === undefined) renameSync(src, dst);
    else if (existing && d.isDirectory()) {
      merge(src, dst);
      rmdirSync(src);
    } else throw new Error(`${dst} is written twice`);
  }
}
