// Dated data releases: what the tracker said, release by release, and what changed between them.
//
// A release is a record in content/releases/<id>.json made by `npm run release`. To stay small it
// holds only the entries that changed since the release before it (each in full), and `null` for an
// entry removed; the first release holds every entry. Replaying the records in order gives the whole
// data as it stood at each release, which is what /changes/ compares and /data/releases/<id>/ serves.
import { z } from 'zod';
import type { EntryData, Source } from './schema/index.ts';
import type { Scope } from './schema/event.ts';
import { statusByScope } from './scope-status.ts';
import { lastDayOf } from './calendar-date.ts';
import { latestStatusEvent } from './timeline.ts';
import { STATUSES, type Status } from './status.ts';

/** The folder of content/ that holds the release records. */
export const RELEASES_FOLDER = 'releases';

/** `2026-12-03`, or `2026-12-03-2` for a second release on one day. */
export const RELEASE_ID_RE = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?$/;

export type SourceSnapshot = Pick<Source, 'publisher' | 'date'> & Partial<Omit<Source, 'publisher' | 'date'>>;

/** An event as a release keeps it: every field of the entry format. */
export interface EventSnapshot {
  date: string;
  title: string;
  type: string;
  approximate?: boolean;
  detail?: string;
  status?: Status;
  scope?: Scope[];
  evidence?: string;
  deadline?: string;
  deadlineOutcome?: string;
  deadlineNote?: string;
  deadlineSources?: SourceSnapshot[];
  story?: string;
  note?: string;
  sources: SourceSnapshot[];
}

/** An entry as a release keeps it: what it says, without its Markdown body. */
export interface EntrySnapshot {
  name: string;
  aliases?: string[];
  region: string;
  status: Status;
  summary: string;
  iso2?: string;
  country?: string;
  lastVerified?: string;
  related?: string[];
  /** By event id, in the order of the file. */
  events: Record<string, EventSnapshot>;
}

export interface ReleaseRecord {
  /** The release id: its date, with a counter for a second release on one day. */
  id: string;
  /** The release before it, or null for the first. */
  previous: string | null;
  /** `<kind>/<slug>` → the entry in full when it changed or is new; null when it was removed. */
  entries: Record<string, EntrySnapshot | null>;
}

/** The whole data at one release: `<kind>/<slug>` → entry. */
export type ReleaseState = Map<string, EntrySnapshot>;

/** Drop undefined and empty-array fields, so snapshots compare equal when the data does. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** An entry's frontmatter as a release keeps it. */
export function snapshotEntry(data: EntryData): EntrySnapshot {
  const { events, ...rest } = data;
  return compact({
    ...(rest as Omit<EntrySnapshot, 'events'>),
    events: Object.fromEntries(
      events.map(({ id, ...event }) => [
        id,
        compact({
          ...event,
          sources: event.sources.map((s) => compact(s)),
          ...(event.deadlineSources ? { deadlineSources: event.deadlineSources.map((s) => compact(s)) } : {}),
        }) as EventSnapshot,
      ]),
    ),
  });
}

/** Stable JSON: object keys sorted, so equal data gives equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The next release id for `date`, after the existing ids. */
export function nextReleaseId(date: string, existing: readonly string[]): string {
  const sameDay = existing.filter((id) => RELEASE_ID_RE.exec(id)?.[1] === date).length;
  return sameDay === 0 ? date : `${date}-${sameDay + 1}`;
}

/** Releases oldest first: by date, then by the counter. */
export function compareReleaseIds(a: string, b: string): number {
  const [, da = '', na = '1'] = RELEASE_ID_RE.exec(a) ?? [];
  const [, db = '', nb = '1'] = RELEASE_ID_RE.exec(b) ?? [];
  return da < db ? -1 : da > db ? 1 : Number(na) - Number(nb);
}

/**
 * The record of a new release: the entries that differ from the state before it (all of them for
 * the first release), and null for entries that are gone. Returns undefined when nothing changed.
 */
export function makeRelease(
  id: string,
  previous: { id: string; state: ReleaseState } | undefined,
  current: ReleaseState,
): ReleaseRecord | undefined {
  const entries: Record<string, EntrySnapshot | null> = {};
  for (const [key, entry] of current) {
    const before = previous?.state.get(key);
    if (!before || stableJson(before) !== stableJson(entry)) entries[key] = entry;
  }
  for (const key of previous?.state.keys() ?? []) if (!current.has(key)) entries[key] = null;
  if (previous && Object.keys(entries).length === 0) return undefined;
  return { id, previous: previous?.id ?? null, entries: Object.fromEntries(Object.entries(entries).sort()) };
}

/** Every release's whole data, oldest first, from the records (which must chain by `previous`). */
export function replayReleases(records: readonly ReleaseRecord[]): { id: string; state: ReleaseState }[] {
  const sorted = [...records].sort((a, b) => compareReleaseIds(a.id, b.id));
  const out: { id: string; state: ReleaseState }[] = [];
  let state: ReleaseState = new Map();
  for (const record of sorted) {
    const expected = out.at(-1)?.id ?? null;
    if (record.previous !== expected) {
      throw new Error(
        `release ${record.id} follows ${String(record.previous)}, but the release before it is ${String(expected)}`,
      );
    }
    state = new Map(state);
    for (const [key, entry] of Object.entries(record.entries)) {
      if (entry === null) state.delete(key);
      else state.set(key, entry);
    }
    out.push({ id: record.id, state });
  }
  return out;
}

// ── What changed between two releases ─────────────────────────────────────────────────────────

export interface EntryChange {
  /** `<kind>/<slug>` */
  key: string;
  name: string;
}

export interface StatusChange extends EntryChange {
  from: Status;
  to: Status;
  /** The event that sets the new status, when one does (none when the entry falls back to no status). */
  eventId: string | undefined;
  eventDate: string | undefined;
}

export interface ScopeChange extends EntryChange {
  scope: string;
  from: Status | undefined;
  to: Status | undefined;
}

export interface EventChange extends EntryChange {
  id: string;
  title: string;
  date: string;
}

export interface EventCorrection extends EventChange {
  /** The fields whose value changed: `date`, `title`, `sources`, … */
  fields: string[];
}

export interface ReleaseDiff {
  added: EntryChange[];
  removed: EntryChange[];
  /** An entry whose file moved to a new slug: same kind, same events. */
  renamed: Array<{ from: EntryChange; to: EntryChange }>;
  statusChanges: StatusChange[];
  scopeChanges: ScopeChange[];
  newEvents: EventChange[];
  removedEvents: EventChange[];
  corrections: EventCorrection[];
  /** Entries whose own fields (name, summary, aliases, region, related…) changed. */
  entryEdits: Array<EntryChange & { fields: string[] }>;
}

function changedFields(a: object, b: object): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter(
    (k) => stableJson((a as Record<string, unknown>)[k]) !== stableJson((b as Record<string, unknown>)[k]),
  );
}

const kindOf = (key: string) => key.slice(0, key.indexOf('/'));

/** Two snapshots of one entry under different slugs: the same kind and, mostly, the same events. */
function looksRenamed(fromKey: string, from: EntrySnapshot, toKey: string, to: EntrySnapshot): boolean {
  if (kindOf(fromKey) !== kindOf(toKey)) return false;
  const a = Object.keys(from.events);
  const shared = a.filter((id) => id in to.events).length;
  return shared > 0 && shared >= Math.ceil(a.length / 2);
}

/** What changed from one state to the next. */
export function diffReleases(before: ReleaseState, after: ReleaseState): ReleaseDiff {
  const diff: ReleaseDiff = {
    added: [],
    removed: [],
    renamed: [],
    statusChanges: [],
    scopeChanges: [],
    newEvents: [],
    removedEvents: [],
    corrections: [],
    entryEdits: [],
  };
  const gone = [...before.keys()].filter((k) => !after.has(k));
  const fresh = [...after.keys()].filter((k) => !before.has(k));
  const pairs = new Map<string, string>(); // new key → old key
  for (const oldKey of gone) {
    const match = fresh.find((k) => !pairs.has(k) && looksRenamed(oldKey, before.get(oldKey)!, k, after.get(k)!));
    if (match) pairs.set(match, oldKey);
  }
  const renamedOld = new Set(pairs.values());
  for (const key of gone) if (!renamedOld.has(key)) diff.removed.push({ key, name: before.get(key)!.name });
  for (const key of fresh) {
    const oldKey = pairs.get(key);
    if (oldKey)
      diff.renamed.push({
        from: { key: oldKey, name: before.get(oldKey)!.name },
        to: { key, name: after.get(key)!.name },
      });
    else diff.added.push({ key, name: after.get(key)!.name });
  }
  for (const [key, now] of after) {
    const oldKey = before.has(key) ? key : pairs.get(key);
    const then = oldKey ? before.get(oldKey) : undefined;
    if (!then) continue;
    compareEntry(key, then, now, diff);
  }
  return diff;
}

function compareEntry(key: string, then: EntrySnapshot, now: EntrySnapshot, diff: ReleaseDiff): void {
  const name = now.name;
  if (then.status !== now.status) {
    const setting = latestStatusEvent(eventList(now));
    diff.statusChanges.push({
      key,
      name,
      from: then.status,
      to: now.status,
      eventId: setting?.id,
      eventDate: setting?.date,
    });
  }
  const scopesThen = new Map(statusByScope(eventList(then)).map((r) => [r.scope as string, r.status]));
  const scopesNow = new Map(statusByScope(eventList(now)).map((r) => [r.scope as string, r.status]));
  for (const scope of new Set([...scopesThen.keys(), ...scopesNow.keys()])) {
    if (scopesThen.get(scope) !== scopesNow.get(scope)) {
      diff.scopeChanges.push({ key, name, scope, from: scopesThen.get(scope), to: scopesNow.get(scope) });
    }
  }
  for (const [id, event] of Object.entries(now.events)) {
    const old = then.events[id];
    if (!old) diff.newEvents.push({ key, name, id, title: event.title, date: event.date });
    else {
      const fields = changedFields(old, event);
      if (fields.length) diff.corrections.push({ key, name, id, title: event.title, date: event.date, fields });
    }
  }
  for (const [id, event] of Object.entries(then.events)) {
    if (!(id in now.events)) diff.removedEvents.push({ key, name, id, title: event.title, date: event.date });
  }
  const { events: _a, ...thenOwn } = then;
  const { events: _b, ...nowOwn } = now;
  const fields = changedFields(thenOwn, nowOwn).filter((f) => f !== 'status');
  if (fields.length) diff.entryEdits.push({ key, name, fields });
}

/** The events of a snapshot in file order, with their positions: what the status derivations read. */
export function eventList(entry: EntrySnapshot): Array<EventSnapshot & { id: string; order: number }> {
  return Object.entries(entry.events).map(([id, e], order) => ({ ...e, id, order }));
}

/** True when a diff touches an entry in a way a reader would call a change of substance. */
export function isSubstantive(diff: ReleaseDiff, key: string): boolean {
  return (
    diff.added.some((c) => c.key === key) ||
    diff.renamed.some((c) => c.to.key === key) ||
    diff.statusChanges.some((c) => c.key === key) ||
    diff.scopeChanges.some((c) => c.key === key) ||
    diff.newEvents.some((c) => c.key === key) ||
    diff.removedEvents.some((c) => c.key === key)
  );
}

/** Count of everything a diff lists. */
export function diffSize(diff: ReleaseDiff): number {
  const lists: ReadonlyArray<readonly unknown[]> = Object.values(diff);
  return lists.reduce((n, list) => n + list.length, 0);
}

// ── Reading and writing records ──────────────────────────────────────────────────────────────────

const SourceSnapshotSchema = z.looseObject({ publisher: z.string(), date: z.string() });
const EventSnapshotSchema = z.looseObject({
  date: z.string(),
  title: z.string(),
  type: z.string(),
  sources: z.array(SourceSnapshotSchema),
});
const EntrySnapshotSchema = z.looseObject({
  name: z.string(),
  region: z.string(),
  status: z.enum(STATUSES),
  summary: z.string(),
  events: z.record(z.string(), EventSnapshotSchema),
});

/** The shape of a record file: checked when read, so a damaged file fails the build by name. */
export const ReleaseRecordSchema = z.strictObject({
  id: z.string().regex(RELEASE_ID_RE),
  previous: z.string().regex(RELEASE_ID_RE).nullable(),
  entries: z.record(
    z.string().regex(/^(countries|companies|organizations)\/[a-z0-9-]+$/),
    EntrySnapshotSchema.nullable(),
  ),
});

/** A record from its file's text; throws with the file name and the first problem. */
export function parseReleaseRecord(file: string, text: string): ReleaseRecord {
  const result = ReleaseRecordSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file} › ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/**
 * A record as its file is written: one entry per line, keys sorted, so a release reads (and diffs
 * in the repository) entry by entry.
 */
export function formatReleaseRecord(record: ReleaseRecord): string {
  const lines = Object.entries(record.entries).map(
    ([key, entry]) => `    ${JSON.stringify(key)}: ${stableJson(entry)}`,
  );
  return [
    '{',
    `  "id": ${JSON.stringify(record.id)},`,
    `  "previous": ${JSON.stringify(record.previous)},`,
    '  "entries": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

// ── A diff, item by item ───────────────────────────────────────────────────────────────────────

export type ChangeKind =
  'added' | 'removed' | 'renamed' | 'status' | 'scope' | 'new-event' | 'removed-event' | 'corrected' | 'edited';

/**
 * Whether a status change is news or housekeeping: a new development when the event that sets the
 * new status is dated after the release before (it happened since), a reclassification by the
 * tracker otherwise (a new reading of older facts, or an older fact newly recorded).
 */
export type ChangeNature = 'development' | 'reclassification';

/** One line of /changes/ or of an entry's "Changes to this page". */
export interface ChangeItem {
  /** For a status change: news or the tracker's own reclassification, and why. */
  nature?: ChangeNature;
  reason?: string;
  kind: ChangeKind;
  /** `<kind>/<slug>` of the entry as it is after the release. */
  key: string;
  name: string;
  /** The event concerned, when there is one (its anchor on the entry page). */
  eventId?: string;
  eventTitle?: string;
  from?: string | undefined;
  to?: string | undefined;
  /** Fields that changed, for corrections and entry edits. */
  fields?: string[];
}

/** Every item of a diff, entry by entry, in a reading order: the entry, its status, then events. */
export function changeItems(diff: ReleaseDiff): ChangeItem[] {
  const items: ChangeItem[] = [
    ...diff.added.map((c): ChangeItem => ({ kind: 'added', key: c.key, name: c.name })),
    ...diff.renamed.map((c): ChangeItem => ({
      kind: 'renamed',
      key: c.to.key,
      name: c.to.name,
      from: c.from.key,
      to: c.to.key,
    })),
    ...diff.removed.map((c): ChangeItem => ({ kind: 'removed', key: c.key, name: c.name })),
    ...diff.statusChanges.map((c): ChangeItem => ({
      kind: 'status',
      key: c.key,
      name: c.name,
      from: c.from,
      to: c.to,
      ...(c.eventId ? { eventId: c.eventId } : {}),
    })),
    ...diff.scopeChanges.map((c): ChangeItem => ({
      kind: 'scope',
      key: c.key,
      name: c.name,
      eventTitle: c.scope,
      from: c.from,
      to: c.to,
    })),
    ...diff.entryEdits.map((c): ChangeItem => ({ kind: 'edited', key: c.key, name: c.name, fields: c.fields })),
    ...diff.newEvents.map((c): ChangeItem => ({
      kind: 'new-event',
      key: c.key,
      name: c.name,
      eventId: c.id,
      eventTitle: c.title,
      to: c.date,
    })),
    ...diff.corrections.map((c): ChangeItem => ({
      kind: 'corrected',
      key: c.key,
      name: c.name,
      eventId: c.id,
      eventTitle: c.title,
      fields: c.fields,
    })),
    ...diff.removedEvents.map((c): ChangeItem => ({
      kind: 'removed-event',
      key: c.key,
      name: c.name,
      eventId: c.id,
      eventTitle: c.title,
    })),
  ];
  const order: ChangeKind[] = [
    'added',
    'renamed',
    'removed',
    'status',
    'scope',
    'edited',
    'new-event',
    'corrected',
    'removed-event',
  ];
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        (a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0) ||
        order.indexOf(a.item.kind) - order.indexOf(b.item.kind) ||
        a.i - b.i,
    )
    .map(({ item }) => item);
}

/** One release with the whole data at it and what changed since the one before. */
export interface ReleaseStep {
  id: string;
  /** The release's date: its id without a same-day counter. */
  date: string;
  previous: string | null;
  state: ReleaseState;
  diff: ReleaseDiff;
  items: ChangeItem[];
  /** The one-line summary recorded with the release, if any. */
  summary: string | undefined;
  /** Which of the releases made that day it is (1-based), and how many were made that day. */
  ofDay: { n: number; count: number };
}

/**
 * A new development or a reclassification (see ChangeNature). A month or a year counts until its
 * last day, so an event of "2026-06" after a release of 3 June 2026 is news.
 */
export function statusChangeNature(eventDate: string | undefined, previousRelease: string | null): ChangeNature {
  if (!eventDate || !previousRelease) return 'reclassification';
  return lastDayOf(eventDate) > previousRelease.slice(0, 10) ? 'development' : 'reclassification';
}

export const NATURE_LABEL: Record<ChangeNature, string> = {
  development: 'New development',
  reclassification: 'Reclassified by the tracker',
};

/** "3 December 2026", or "3 December 2026, release 2 of 6" when several were made that day. */
export function releaseTitle(release: Pick<ReleaseStep, 'date' | 'ofDay'>, format: (date: string) => string): string {
  const day = format(release.date);
  return release.ofDay.count > 1 ? `${day}, release ${release.ofDay.n} of ${release.ofDay.count}` : day;
}

/** What the tracker says of a reclassification when no reason was recorded with the release. */
export const DEFAULT_RECLASSIFICATION_REASON = 'No reason was recorded with this release; see the entry.';

/** Every release, newest first, replayed from the records with its diff, notes and nature of each change. */
export function releaseHistory(records: readonly ReleaseRecord[], notes: ReleaseNotes = {}): ReleaseStep[] {
  const history = replayReleases(records);
  return history
    .map(({ id, state }, i) => {
      const previous = history[i - 1]?.id ?? null;
      const diff = diffReleases(history[i - 1]?.state ?? new Map<string, EntrySnapshot>(), state);
      const note = notes[id];
      const items = changeItems(diff).map((item): ChangeItem => {
        if (item.kind !== 'status') return item;
        const change = diff.statusChanges.find((c) => c.key === item.key)!;
        const nature = statusChangeNature(change.eventDate, previous);
        const reason = note?.reasons?.[item.key];
        return {
          ...item,
          nature,
          ...(nature === 'reclassification' ? { reason: reason ?? DEFAULT_RECLASSIFICATION_REASON } : {}),
        };
      });
      const sameDay = history.filter((h) => h.id.slice(0, 10) === id.slice(0, 10));
      return {
        id,
        date: id.slice(0, 10),
        previous,
        state,
        diff,
        items,
        summary: note?.summary,
        ofDay: { n: sameDay.findIndex((h) => h.id === id) + 1, count: sameDay.length },
      };
    })
    .reverse();
}

// ── Notes recorded with each release ─────────────────────────────────────────────────────────────

/** content/releases/notes.yaml: per release, a one-line summary and the reason for each reclassification. */
export const RELEASE_NOTES_FILE = 'notes.yaml';

export const ReleaseNoteSchema = z.strictObject({
  /** Required. What the release did, in one line. */
  summary: z.string().trim().min(10).max(200),
  /** Reasons for the status changes that are the tracker's own reclassifications, by `<kind>/<slug>`. */
  reasons: z
    .record(z.string().regex(/^(countries|companies|organizations)\/[a-z0-9-]+$/), z.string().trim().min(10).max(300))
    .optional(),
});
export type ReleaseNote = z.output<typeof ReleaseNoteSchema>;
export const ReleaseNotesSchema = z.record(z.string().regex(RELEASE_ID_RE), ReleaseNoteSchema);
export type ReleaseNotes = z.output<typeof ReleaseNotesSchema>;

/** The status changes of a diff that are reclassifications, for a release about to be made. */
export function reclassifications(diff: ReleaseDiff, previousRelease: string | null): StatusChange[] {
  return diff.statusChanges.filter((c) => statusChangeNature(c.eventDate, previousRelease) === 'reclassification');
}
