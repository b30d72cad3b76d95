import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Move every file of `from` to the same place under `to`, creating folders, then remove `from`.
 * Both folders are on one file system, so each file is a rename. A file that already exists in `to`
 * is an error: the data files and Astro's pages never write the same path.
 */
export function moveTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, d.name);
    const dst = join(to, d.name);
    if (d.isDirectory() && existsSync(dst)) moveTree(src, dst);
    else if (existsSync(dst)) throw new Error(`${dst} is written twice`);
    else renameSync(src, dst);
  }
  rmSync(from, { recursive: true, force: true });
}
