// The newest date a content folder states (an event, a source, a check, a search): the "today" at
// which that content is known to be valid. The tests pin their date to it, and the bench builds
// copies of the real content at it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Dates that may not lie in the future: everything but a deadline. */
const STATED = /^\s*-?\s*(?:date|accessed|lastVerified|searched):\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/gm;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(md|ya?ml)$/.test(name) ? [path] : [];
  });
}

/** The newest day a content folder states. */
export function newestContentDate(contentDir: string): string {
  let newest = '0000-01-01';
  for (const file of files(contentDir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(STATED)) if (m[1]! > newest) newest = m[1]!;
  }
  return newest;
}
