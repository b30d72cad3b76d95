import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseReleaseRecord, RELEASES_FOLDER, type ReleaseRecord } from '../lib/releases.ts';

/** Every release record of a content folder (none when it has no releases folder yet). */
export function readReleaseRecords(contentDir: string): ReleaseRecord[] {
  const dir = join(contentDir, RELEASES_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.json.gz'));
  } catch {
    return [];
  }
  // Records are stored gzipped (a release that touches every entry is about 1 MB of JSON, 0.3 MB
  // gzipped); plain .json is read too.
  return names.sort().map((n) => {
    const bytes = readFileSync(join(dir, n));
    const text = (n.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    return parseReleaseRecord(`content/${RELEASES_FOLDER}/${n}`, text);
  });
}
