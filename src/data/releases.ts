// The data releases (content/releases), replayed once per build: what changed at each release, and
// for each entry the releases that touched it.
import { readReleaseNotes, readReleaseRecords } from '../build/releases.ts';
import { config } from '../config.ts';
import { type ChangeItem, isSubstantive, releaseHistory, type ReleaseStep } from '../lib/releases.ts';

export type ReleaseView = ReleaseStep;

let cache: ReleaseView[] | undefined;

/** Every release, newest first, with what changed since the one before. */
export function getReleases(): ReleaseView[] {
  cache ??= releaseHistory(readReleaseRecords(config.contentDir), readReleaseNotes(config.contentDir));
  return cache;
}

export interface EntryReleaseChanges {
  release: ReleaseView;
  items: ChangeItem[];
  substantive: boolean;
}

/** The releases that changed one entry, newest first. */
export function getEntryChanges(key: string): EntryReleaseChanges[] {
  return getReleases().flatMap((release) => {
    const items = release.items.filter((i) => i.key === key);
    return items.length ? [{ release, items, substantive: isSubstantive(release.diff, key) }] : [];
  });
}
