// The outputs of the data releases: /changes/feed.xml, and under /data/releases/<id>/ the whole data
// as it stood at each release (entries.json and events.csv), so an old citation can be checked
// against what the site said then.
import { absoluteUrl } from '../api/urls.ts';
import { formatDate } from '../dates.ts';
import type { ChangeItem, ReleaseState } from '../releases.ts';
import { eventList, NATURE_LABEL, releaseTitle } from '../releases.ts';
import { statusLabel, type Status } from '../status.ts';
import { urls } from '../urls.ts';
import { type AtomEntry, type AtomFeed, atomDate, tagUri } from './atom.ts';
import { escapeHtml } from '../escape.ts';
import { toCsv } from './csv.ts';

export interface ReleaseInput {
  id: string;
  date: string;
  previous: string | null;
  state: ReleaseState;
  items: ChangeItem[];
  summary: string | undefined;
  ofDay: { n: number; count: number };
}

export const releaseUrls = {
  dir: (id: string) => `/data/releases/${id}/`,
  entries: (id: string) => `/data/releases/${id}/entries.json`,
  events: (id: string) => `/data/releases/${id}/events.csv`,
  feed: () => '/changes/feed.xml',
};

const kindOf = (key: string) => key.slice(0, key.indexOf('/'));
const slugOf = (key: string) => key.slice(key.indexOf('/') + 1);

/** " (new development)" or " (reclassified by the tracker: reason)" after a status change. */
export function natureText(item: ChangeItem): string {
  if (!item.nature) return '';
  const label = NATURE_LABEL[item.nature].toLowerCase();
  return item.reason ? ` (${label}: ${item.reason.replace(/\.$/, '')})` : ` (${label})`;
}

/** One line of text for a change, as /changes/ words it. */
export function describeChange(item: ChangeItem): string {
  const kind = kindOf(item.key);
  const label = (s: string | undefined) => (s ? statusLabel(s as Status, kind) : 'none');
  switch (item.kind) {
    case 'added':
      return `${item.name}: entry added`;
    case 'removed':
      return `${item.name}: entry removed`;
    case 'renamed':
      return `${item.name}: moved from /${item.from}/ to /${item.to}/`;
    case 'status':
      return `${item.name}: status ${label(item.from)} → ${label(item.to)}${natureText(item)}`;
    case 'scope':
      return `${item.name}: ${item.eventTitle} ${label(item.from)} → ${label(item.to)}`;
    case 'edited':
      return `${item.name}: entry edited (${item.fields?.join(', ')})`;
    case 'new-event':
      return `${item.name}: new event, “${item.eventTitle}”`;
    case 'corrected':
      return `${item.name}: “${item.eventTitle}” corrected (${item.fields?.join(', ')})`;
    case 'removed-event':
      return `${item.name}: event removed, “${item.eventTitle}”`;
  }
}

/** The whole data at a release, as JSON: every entry with its events, by `<kind>/<slug>`. */
export function releaseEntriesJson(release: ReleaseInput, site: URL): string {
  const entries = [...release.state]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, entry]) => ({ kind: kindOf(key), slug: slugOf(key), url: absoluteUrl(`/${key}/`, site), ...entry }));
  const doc = { release: release.id, previous: release.previous, count: entries.length, entries };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The events at a release, as CSV: one row per event and source, like /data/events.csv. */
export function releaseEventsCsv(release: ReleaseInput): string {
  const header = [
    'entry_kind',
    'entry_slug',
    'entry_name',
    'entry_status',
    'event_id',
    'event_date',
    'event_title',
    'event_status',
    'event_type',
    'event_evidence',
    'event_deadline',
    'event_deadline_outcome',
    'source_n',
    'source_publisher',
    'source_date',
    'source_url',
  ];
  const rows = [...release.state]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([key, entry]) =>
      eventList(entry).flatMap((e) =>
        e.sources.map((s, i) => [
          kindOf(key),
          slugOf(key),
          entry.name,
          entry.status,
          e.id,
          e.date,
          e.title,
          e.status ?? '',
          e.type,
          e.evidence ?? '',
          e.deadline ?? '',
          e.deadlineOutcome ?? '',
          String(i + 1),
          s.publisher,
          s.date,
          s.url ?? '',
        ]),
      ),
    );
  return toCsv([header, ...rows]);
}

/** The Atom feed of /changes/: one entry per release, newest first, listing what changed. */
export function changesFeed(
  releases: readonly ReleaseInput[],
  site: URL,
  options: { title: string; author: { name: string; uri?: string }; rights: string; emptyUpdated: string },
): AtomFeed {
  const entries: AtomEntry[] = releases.map((r) => {
    const page = absoluteUrl(`${urls.changes()}#release-${r.id}`, site);
    const lines = r.items.map((i) => {
      const target = i.eventId && i.kind !== 'removed-event' ? `/${i.key}/#${i.eventId}` : `/${i.key}/`;
      return `<li><a href="${escapeHtml(absoluteUrl(target, site))}">${escapeHtml(describeChange(i))}</a></li>`;
    });
    return {
      id: tagUri(site.hostname, `release:${r.id}`),
      title: `Release of ${releaseTitle(r, formatDate)}: ${r.summary ?? `${r.items.length} ${r.items.length === 1 ? 'change' : 'changes'}`}`,
      updated: atomDate(r.date),
      published: atomDate(r.date),
      link: page,
      summary: r.items
        .slice(0, 5)
        .map(describeChange)
        .join('; ')
        .concat(r.items.length > 5 ? `; and ${r.items.length - 5} more` : ''),
      contentHtml: `${r.summary ? `<p>${escapeHtml(r.summary)} (${r.items.length} ${r.items.length === 1 ? 'change' : 'changes'})</p>` : ''}<ul>${lines.join('')}</ul><p><a href="${escapeHtml(absoluteUrl(releaseUrls.entries(r.id), site))}">The whole data as it stood (JSON)</a></p>`,
      categories: [],
    };
  });
  return {
    id: tagUri(site.hostname, 'changes'),
    title: options.title,
    updated: entries[0]?.updated ?? atomDate(options.emptyUpdated),
    links: [
      { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(releaseUrls.feed(), site) },
      { rel: 'alternate', type: 'text/html', href: absoluteUrl(urls.changes(), site) },
    ],
    author: options.author,
    rights: options.rights,
    entries,
  };
}
