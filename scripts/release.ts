// Record a dated data release: what every entry says today, as a record in content/releases/ that
// holds only what changed since the release before (the first holds everything). Commit the file:
// the build reads the records to publish /changes/ and /data/releases/<id>/, and needs no git history.
//
//   npm run release -- --summary "What this release did, in one line"
//                      [--reason countries/spain="Why the tracker reclassified it"]…
//                      [--date YYYY-MM-DD] [--content content] [--unchecked]
//
// The summary and the reason for every status change that is the tracker's own reclassification (the
// event behind it is older than the release before) are recorded in content/releases/notes.yaml;
// /changes/ shows them beside the changes. A release with a reclassification and no reason is refused.
//
// --unchecked records files that no longer pass today's validator (content that predates a rule),
// reading only their YAML; a normal release validates first and records nothing if anything is wrong.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { readContentFiles } from '../src/build/content-files.ts';
import { readReleaseRecords } from '../src/build/releases.ts';
import { config } from '../src/config.ts';
import { isValidCalendarDate } from '../src/lib/calendar-date.ts';
import {
  diffReleases,
  diffSize,
  formatReleaseRecord,
  makeRelease,
  nextReleaseId,
  reclassifications,
  RELEASE_NOTES_FILE,
  ReleaseNoteSchema,
  RELEASES_FOLDER,
  replayReleases,
  snapshotEntry,
  type ReleaseState,
} from '../src/lib/releases.ts';
import type { EntryData } from '../src/lib/schema/index.ts';
import { formatIssue, validateContent } from '../src/lib/validate/index.ts';

const { values } = parseArgs({
  options: {
    date: { type: 'string', default: config.buildDate },
    content: { type: 'string', default: 'content' },
    unchecked: { type: 'boolean', default: false },
    summary: { type: 'string' },
    reason: { type: 'string', multiple: true, default: [] },
  },
});

/** Today's entries as a release keeps them, validated unless --unchecked. */
function currentState(contentDir: string): ReleaseState | undefined {
  const files = readContentFiles(contentDir).filter((f) => /^(countries|companies|organizations)\//.test(f.relPath));
  if (values.unchecked) {
    const engines = { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object };
    return new Map(
      files.map((f) => {
        const { data } = matter(new TextDecoder().decode(f.bytes).replace(/^\uFEFF/, ''), { engines });
        const key = f.relPath.replace(/\.md$/, '');
        return [key, snapshotEntry({ aliases: [], related: [], ...data } as unknown as EntryData)];
      }),
    );
  }
  const { entries, issues } = validateContent(readContentFiles(contentDir), { today: values.date });
  if (issues.length) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n✗ ${issues.length} problem(s): no release recorded. Fix them, or see --unchecked.`);
    return undefined;
  }
  return new Map(entries.map((e) => [`${e.kind}/${e.slug}`, snapshotEntry(e.data)]));
}

function main(): number {
  const contentDir = resolve(values.content);
  if (!isValidCalendarDate(values.date) || values.date.length !== 10) {
    console.error(`--date must be YYYY-MM-DD, got "${values.date}"`);
    return 1;
  }
  const records = readReleaseRecords(contentDir);
  const history = replayReleases(records);
  const previous = history.at(-1);
  if (previous && previous.id.slice(0, 10) > values.date) {
    console.error(`The latest release is ${previous.id}: a new one cannot be dated ${values.date}.`);
    return 1;
  }
  const state = currentState(contentDir);
  if (!state) return 1;
  const id = nextReleaseId(
    values.date,
    records.map((r) => r.id),
  );
  const record = makeRelease(id, previous, state);
  if (!record) {
    console.log(`Nothing changed since release ${previous!.id}: no release recorded.`);
    return 0;
  }
  const diff = diffReleases(previous?.state ?? (new Map() as ReleaseState), state);
  const reasons = Object.fromEntries(
    values.reason.map((r) => [r.slice(0, r.indexOf('=')), r.slice(r.indexOf('=') + 1).trim()] as const),
  );
  const missing = reclassifications(diff, previous?.id ?? null).filter((c) => !reasons[c.key]);
  const unknown = Object.keys(reasons).filter((k) => !diff.statusChanges.some((c) => c.key === k));
  const problems = [
    ...(values.summary ? [] : ['--summary "…" is required: what this release did, in one line.']),
    ...missing.map(
      (c) =>
        `--reason ${c.key}="…" is required: its status ${c.from} → ${c.to} ${c.eventDate ? `rests on an event dated ${c.eventDate}, before the last release` : 'rests on no event'}, so it is the tracker's reclassification.`,
    ),
    ...unknown.map((k) => `--reason ${k}: no status of that entry changed in this release.`),
  ];
  const note = { summary: values.summary ?? '', ...(Object.keys(reasons).length ? { reasons } : {}) };
  const checked = ReleaseNoteSchema.safeParse(note);
  if (values.summary && !checked.success) {
    problems.push(...checked.error.issues.map((i) => `${i.path.join('.') || 'note'}: ${i.message}`));
  }
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error('\n✗ No release recorded.');
    return 1;
  }
  const dir = join(contentDir, RELEASES_FOLDER);
  mkdirSync(dir, { recursive: true });
  const text = formatReleaseRecord(record);
  // Gzipped: a record is never edited, so nothing is lost for diffs, and a release that touches
  // every entry stays well under 1 MB (the record of December 2026: 1.1 MB of JSON, 0.3 MB gzipped).
  const file = `${id}.json.gz`;
  const gz = gzipSync(text, { level: 9 });
  writeFileSync(join(dir, file), gz);
  // The notes file is appended to, never rewritten: the notes of published releases stay as they were.
  appendFileSync(join(dir, RELEASE_NOTES_FILE), yaml.dump({ [id]: note }, { lineWidth: 110, quotingType: '"' }));
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  console.log(
    `✓ Release ${id}: ${count(Object.keys(record.entries).length, 'entry', 'entries')} recorded (${(gz.length / 1000).toFixed(0)} kB gzipped), ` +
      `${count(diffSize(diff), 'change', 'changes')} since ${previous?.id ?? 'the start'}: ${count(diff.added.length, 'entry', 'entries')} added, ` +
      `${count(diff.statusChanges.length, 'status change', 'status changes')}, ${count(diff.newEvents.length, 'new event', 'new events')}, ${count(diff.corrections.length, 'corrected event', 'corrected events')}.`,
  );
  console.log(`  Commit ${values.content}/${RELEASES_FOLDER}/${file} and ${RELEASE_NOTES_FILE}.`);
  return 0;
}

if (import.meta.main) process.exitCode = main();
