import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  parseReleaseRecord,
  RELEASE_NOTES_FILE,
  RELEASES_FOLDER,
  type ReleaseNotes,
  ReleaseNotesSchema,
  type ReleaseRecord,
} from '../lib/releases.ts';

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

/**
 * The notes recorded with the releases (content/releases/notes.yaml): a summary per release and the
 * reason for each reclassification. A malformed file fails the build, naming the file and the field.
 */
export function readReleaseNotes(contentDir: string): ReleaseNotes {
  const file = join(contentDir, RELEASES_FOLDER, RELEASE_NOTES_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const result = ReleaseNotesSchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/${RELEASES_FOLDER}/${RELEASE_NOTES_FILE} › ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
