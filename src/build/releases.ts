import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseRecord, RELEASES_FOLDER, type ReleaseRecord } from '../lib/releases.ts';

/** Every release record of a content folder (none when it has no releases folder yet). */
export function readReleaseRecords(contentDir: string): ReleaseRecord[] {
  const dir = join(contentDir, RELEASES_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((n) => parseReleaseRecord(`content/${RELEASES_FOLDER}/${n}`, readFileSync(join(dir, n), 'utf8')));
}
