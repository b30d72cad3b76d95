import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../../src/build/content-files.ts';
import type { ContentFile } from '../../src/lib/validate/index.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const VALID_DIR = join(FIXTURES, 'valid');

/** Files of a fixture folder as the validator sees them, shown as `content/<kind>/<file>`. */
export function fixtureFiles(dir: string): ContentFile[] {
  return readContentFiles(dir, dir).map((f) => ({ ...f, file: `content/${f.relPath}` }));
}

/** The valid fixtures plus one case's files: every case breaks exactly one rule of an otherwise valid site. */
export function caseFiles(caseDir: string): ContentFile[] {
  const own = fixtureFiles(caseDir);
  const ownPaths = new Set(own.map((f) => f.relPath));
  return [...fixtureFiles(VALID_DIR).filter((f) => !ownPaths.has(f.relPath)), ...own];
}

/** The same merge on disk, for tests that run the real commands. */
export function caseContentDir(caseDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ht-case-'));
  cpSync(VALID_DIR, dir, { recursive: true });
  cpSync(caseDir, dir, { recursive: true });
  return dir;
}
