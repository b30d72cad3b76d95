// The data layer: with render.ts and faq.ts, the only code that reads astro:content. Loads every
// collection once per build and hands pages ready view models; everything else is pure code in src/lib.
import { getCollection } from 'astro:content';
import { buildEntries, type EntryView, type TimelineItem, timelineItems } from '../lib/entries.ts';
import { KINDS } from '../lib/kinds.ts';
import { splitDeadlines } from '../lib/deadlines.ts';
import { config } from '../config.ts';
import type { FactContext } from '../lib/facts.ts';
import { SITE_NAME } from '../lib/site.ts';

export type { TimelineItem };

let cache: Promise<EntryView[]> | undefined;

/** Every entry, sorted by name. */
export function getEntries(): Promise<EntryView[]> {
  cache ??= (async () => {
    const raw = [];
    for (const kind of KINDS) {
      for (const entry of await getCollection(kind)) raw.push({ kind, slug: entry.id, data: entry.data });
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

/** An event that sets a deadline, with its entry. */
export type DeadlineItem = TimelineItem & { deadline: string };

let deadlines: Promise<{ upcoming: DeadlineItem[]; passed: DeadlineItem[] }> | undefined;

/** Every deadline, split at the build date: upcoming soonest first, passed most recent first. */
export function getDeadlines(): Promise<{ upcoming: DeadlineItem[]; passed: DeadlineItem[] }> {
  deadlines ??= getTimelineItems().then((all) =>
    splitDeadlines(
      all.filter((i): i is DeadlineItem => i.deadline !== undefined),
      config.buildDate,
    ),
  );
  return deadlines;
}

let facts: Promise<FactContext> | undefined;

/** What FAQ placeholders and the prose checker read: every entry's names and status, and the build date. */
export function getFactContext(): Promise<FactContext> {
  facts ??= getEntries().then((entries) => ({
    siteName: SITE_NAME,
    asOf: config.buildDate,
    entries: entries.map(({ name, aliases, kind, status, url }) => ({ name, aliases, kind, status, url })),
  }));
  return facts;
}
