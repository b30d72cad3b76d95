// The only runtime importer of astro:content. Loads every collection once per build and hands
// pages ready view models; everything else is pure code in src/lib.
import { getCollection } from 'astro:content';
import { buildEntries, type EntryRef, type EntryView, type EventView, toRef } from '../lib/entries.ts';
import { KINDS, type Kind } from '../lib/status.ts';

export interface TimelineItem extends EventView {
  entry: EntryRef;
}

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

/** Every event of every entry, each with a reference to its entry (unsorted). */
export async function getTimelineItems(): Promise<TimelineItem[]> {
  const entries = await getEntries();
  return entries.flatMap((entry) => entry.events.map((event) => ({ ...event, entry: toRef(entry) })));
}
