// The name index the type-ahead and the search page match against (src/lib/matcher.ts): which
// files it has, for the header's search form. The files themselves are written with the data files.
import { nameRecords, nameShards } from '../lib/matcher.ts';
import { getEntries } from './entries.ts';

let shards: Promise<string> | undefined;

/** The files the index has, by key, space-separated ("a b c … x", or "sa se …" where split). */
export function getNameShards(): Promise<string> {
  shards ??= getEntries().then((entries) => Object.keys(nameShards(nameRecords(entries))).sort().join(' '));
  return shards;
}
