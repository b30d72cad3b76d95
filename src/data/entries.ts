// The only runtime importer of astro:content. Loads every collection once per build and hands
// pages ready view models; everything else is pure code in src/lib.
import { getCollection } from 'astro:content';
import { buildEntries, type EntryView, type TimelineItem, timelineItems } from '../lib/entries.ts';
import { KINDS, type Kind } from '../lib/status.ts';

export type { TimelineItem };

let cache: Promise<EntryView[]> | undefined;

/** Every entry, sorted by name. */
export function getEntries(): Promise<EntryView[]> {
  cache ??= (async () => {
    const raw = [];
    for (const kind of KINDS) {
      for (const entry of await getCollection(kind)) raw.push({ kind: kind as Kind, slug: entry.id, data: entry.data });
    }
    return buildEntries(raw);
  })();
  return cache;
}

let items: Promise<TimelineItem[]> | undefined;

/** Every event of every entry, each with a reference to its entry (unsorted). */
export function getTimelineItems(): Promise<TimelineItem[]> {
  items ??= getEntries().then(timelineItems);
  return items;
}
