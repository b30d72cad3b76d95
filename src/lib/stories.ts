// One decision is often filed under two or three entries (a country and its operators). Such copies
// are one story: an author may say so with a shared `story` key, and copies on the same date that
// cite the same source address are taken to be one story too. Entry pages link the copies; lists
// (timeline, latest changes, deadlines) show each story once with all its entries.

export interface StoryItem {
  /** The event's permalink: unique across the site. */
  url: string;
  date: string;
  story?: string | undefined;
  sources: ReadonlyArray<{ url?: string | undefined }>;
}

/** The keys that make two events one story. */
function storyKeys(item: StoryItem): string[] {
  const keys = item.sources.flatMap((s) => (s.url ? [`${item.date}|${s.url}`] : []));
  if (item.story) keys.push(`story|${item.story}`);
  return keys;
}

/**
 * Group items into stories: every item in exactly one group, groups in the order of their first
 * item, items in input order. Union–find over the shared keys, so a chain (A shares a source with B,
 * B a story key with C) is one story.
 */
export function groupStories<T extends StoryItem>(items: readonly T[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstWithKey = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of storyKeys(item)) {
      const j = firstWithKey.get(key);
      if (j === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    // Keyed by the root, but created at the first member, so groups keep the order of their first item.
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(item);
  });
  // A group split into several rows (splitRepeats) puts each row where its own first item stands, so
  // a list in date order stays in date order.
  const position = new Map(items.map((item, i) => [item, i]));
  return [...groups.values()].flatMap(splitRepeats).sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
}

/**
 * A story names each entry once. Two events of one entry that share a source (one article reporting
 * a ban and its deadline) are two events, not copies: the second starts another row of the story.
 */
function splitRepeats<T extends StoryItem>(group: T[]): T[][] {
  const rows: T[][] = [];
  for (const item of group) {
    const entry = item.url.split('#')[0];
    const row = rows.find((r) => !r.some((x) => x.url.split('#')[0] === entry));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows;
}

/** For every item, the other items of its story (empty when it stands alone). */
export function storySiblings<T extends StoryItem>(items: readonly T[]): Map<string, T[]> {
  const siblings = new Map<string, T[]>();
  for (const group of groupStories(items)) {
    for (const item of group)
      siblings.set(
        item.url,
        group.filter((other) => other !== item),
      );
  }
  return siblings;
}
