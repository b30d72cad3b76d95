/**
 * Splitting the Astro build across processes: each shard renders the entry pages whose slug hashes
 * to it, and one shard renders every list page. With two cores, two shards take about half the time.
 */

/** FNV-1a: a small, stable string hash (the same slug always lands in the same shard). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Shard {
  index: number;
  count: number;
}

export function shardOf(key: string, count: number): number {
  return count <= 1 ? 0 : hashString(key) % count;
}

/** Does this shard render the page of this entry? */
export function ownsEntry(shard: Shard, key: string): boolean {
  return shardOf(key, shard.count) === shard.index;
}

/** Does this shard render the list pages (A–Z, kinds, statuses, timeline, as-of, deadlines, FAQ)? The last one does. */
export function ownsLists(shard: Shard): boolean {
  return shard.index === shard.count - 1;
}

/** Read from the environment the build script sets (SHARD_INDEX, SHARD_COUNT); one shard when unset. */
export function shardFromEnv(env: Record<string, string | undefined>): Shard {
  const count = Math.max(1, Number(env['SHARD_COUNT'] ?? 1) || 1);
  const index = Math.min(count - 1, Math.max(0, Number(env['SHARD_INDEX'] ?? 0) || 0));
  return { index, count };
}
