import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { RELEASES_FOLDER } from '../lib/releases.ts';
import { deserialize, serialize } from 'node:v8';
import type { ContentFile, ValidationResult } from '../lib/validate/index.ts';

/**
 * Every file under the content folder that an author may have meant as an entry. Files and folders
 * starting with "_" or "." (the template, editor files) are skipped; anything else is handed to the
 * validator, which says why a stray file is not an entry.
 */
export function readContentFiles(contentDir: string, displayRoot = process.cwd()): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (d.name.startsWith('_') || d.name.startsWith('.')) continue;
      // The release records (npm run release) are data about the content, not entries.
      if (dir === contentDir && d.isDirectory() && d.name === RELEASES_FOLDER) continue;
      const path = join(dir, d.name);
      if (d.isDirectory()) walk(path);
      else if (dir !== contentDir || d.name.endsWith('.md') || d.name === 'coverage.yaml') {
        if (dir === contentDir && d.name === 'README.md') continue;
        const shown = relative(displayRoot, path);
        out.push({
          // Relative to the project when inside it; a folder elsewhere (a benchmark, a test) is shown in full.
          file: (shown.startsWith('..') || isAbsolute(shown) ? path : shown).split(sep).join('/'),
          relPath: relative(contentDir, path).split(sep).join('/'),
          bytes: readFileSync(path),
        });
      }
    }
  };
  walk(contentDir);
  return out;
}

/** What a build hands its data-file process: the content as it was validated, with no issues. */
export type ValidatedContent = Pick<ValidationResult, 'entries' | 'faqs' | 'coverage'>;

/**
 * Keep validated content for another process of the same build (v8's structured serialisation: at
 * 10,000 entries writing and reading it takes well under a second; reading and validating the files
 * again takes about four).
 */
export function writeValidatedContent(path: string, { entries, faqs, coverage }: ValidatedContent): void {
  writeFileSync(path, serialize({ entries, faqs, coverage }));
}

export function readValidatedContent(path: string): ValidatedContent {
  return deserialize(readFileSync(path)) as ValidatedContent;
}
