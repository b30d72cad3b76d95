// Atom 1.0 (RFC 4287) feeds of events: the whole site (/feed.xml) and one per entry
// (/<kind>/<slug>/feed.xml). Pure: every date comes from content, never from the clock.
import type { ApiEventListItem } from '../api/schema.ts';
import { absoluteUrl } from '../api/urls.ts';
import { dateParts } from '../calendar-date.ts';
import { formatDate } from '../dates.ts';
import { EVIDENCE_INFO, SHOWN_OUTCOME_INFO } from '../evidence.ts';
import { shownOutcome } from '../deadlines.ts';
import { escapeHtml, escapeXml } from '../escape.ts';
import { EVENT_TYPE_LABELS, SCOPE_LABELS } from '../schema/index.ts';
import { statusLabel } from '../status.ts';
import { urls } from '../urls.ts';

/** How many events /feed.xml carries (the newest); an entry's feed carries all of its events. */
export const SITE_FEED_SIZE = 50;

/**
 * An Atom date (RFC 3339) for a calendar date at its precision: the start of the period it names,
 * at midnight UTC. `2019` → `2019-01-01T00:00:00Z`, `2019-05` → `2019-05-01T00:00:00Z`,
 * `2019-05-16` → `2019-05-16T00:00:00Z`. This is also how the site sorts dates of mixed precision.
 */
export function atomDate(date: string): string {
  const { year, month = 1, day = 1 } = dateParts(date);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T00:00:00Z`;
}

/**
 * The year in every tag: URI (RFC 4151). It is fixed, not a date from content, so an id never
 * changes when an event is edited; only the site's host and the entry and event ids go into it.
 */
export const TAG_YEAR = '2026';

export function tagUri(host: string, specific: string): string {
  return `tag:${host},${TAG_YEAR}:${specific}`;
}

/** `tag:<host>,2026:feed` for the site's feed, `tag:<host>,2026:feed:<kind>/<slug>` for an entry's. */
export function feedTagUri(host: string, entry?: { kind: string; slug: string }): string {
  return tagUri(host, entry ? `feed:${entry.kind}/${entry.slug}` : 'feed');
}

/** `tag:<host>,2026:event:<kind>/<slug>/<event-id>`: the stable id of an event in every feed. */
export function eventTagUri(host: string, event: Pick<ApiEventListItem, 'id' | 'entry'>): string {
  return tagUri(host, `event:${event.entry.kind}/${event.entry.slug}/${event.id}`);
}

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
}

export interface AtomCategory {
  term: string;
  label?: string;
  scheme?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  published?: string;
  link: string;
  /** Plain text. */
  summary: string;
  /** HTML, escaped once more when written. */
  contentHtml: string;
  categories: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339: the newest entry's date. */
  updated: string;
  links: AtomLink[];
  author: { name: string; uri?: string };
  rights?: string;
  entries: AtomEntry[];
}

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(value)}"`);
const el = (indent: string, name: string, text: string, attrs = '') =>
  `${indent}<${name}${attrs}>${escapeXml(text)}</${name}>`;

/** The feed as an XML document (UTF-8, LF line ends). */
export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    el('  ', 'id', feed.id),
    el('  ', 'title', feed.title, ' type="text"'),
    ...(feed.subtitle ? [el('  ', 'subtitle', feed.subtitle, ' type="text"')] : []),
    el('  ', 'updated', feed.updated),
    ...feed.links.map((l) => `  <link${attr('rel', l.rel)}${attr('type', l.type)}${attr('href', l.href)}/>`),
    '  <author>',
    el('    ', 'name', feed.author.name),
    ...(feed.author.uri ? [el('    ', 'uri', feed.author.uri)] : []),
    '  </author>',
    ...(feed.rights ? [el('  ', 'rights', feed.rights, ' type="text"')] : []),
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      el('    ', 'id', e.id),
      el('    ', 'title', e.title, ' type="text"'),
      el('    ', 'updated', e.updated),
      ...(e.published ? [el('    ', 'published', e.published)] : []),
      `    <link rel="alternate" type="text/html"${attr('href', e.link)}/>`,
      ...e.categories.map(
        (c) => `    <category${attr('term', c.term)}${attr('label', c.label)}${attr('scheme', c.scheme)}/>`,
      ),
      el('    ', 'summary', e.summary, ' type="text"'),
      el('    ', 'content', e.contentHtml, ' type="html"'),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

export interface EventFeedContext {
  /** Host name of the public address, for tag: ids. */
  host: string;
  /** Absolute URL of /status/ (category scheme for statuses). */
  statusScheme: string;
  /** Absolute URL of the list of event types (category scheme for types). */
  typeScheme: string;
  /** The build date: a deadline's outcome as shown depends on whether it has passed. */
  today: string;
}

/** Ids and category schemes on a site at this address. */
export function eventFeedContext(site: URL, today: string): EventFeedContext {
  return {
    today,
    host: site.hostname,
    statusScheme: absoluteUrl(urls.statusIndex(), site),
    typeScheme: absoluteUrl(`${urls.methodology()}#what-sets-a-status`, site),
  };
}

/** The HTML body of an event: detail, facts, note and numbered sources. Every piece of text is escaped. */
export function eventHtml(event: ApiEventListItem, today: string): string {
  const facts = [
    ['Date', formatDate(event.date, event.approximate === true)],
    ['Type', EVENT_TYPE_LABELS[event.type]],
    ['Evidence', EVIDENCE_INFO[event.evidence].label],
    ...(event.status ? [['Sets the status', statusLabel(event.status, event.entry.kind)]] : []),
    ...(event.scope ? [['Scope', event.scope.map((s) => SCOPE_LABELS[s]).join(', ')]] : []),
    ...(event.deadline
      ? [
          [
            'Deadline',
            `${formatDate(event.deadline)}: ${SHOWN_OUTCOME_INFO[shownOutcome(event.deadlineOutcome, event.deadline, today)].label.toLowerCase()}`,
          ],
        ]
      : []),
  ];
  const sources = event.sources.map((s) => {
    const publisher = s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.publisher)}</a>` : escapeHtml(s.publisher);
    const parts = [
      publisher,
      escapeHtml(formatDate(s.date, s.approximate === true)),
      ...(s.title ? [`“${escapeHtml(s.title)}”`] : []),
      ...(s.primary ? ['primary source'] : []),
      ...(s.via
        ? [`via ${s.viaUrl ? `<a href="${escapeHtml(s.viaUrl)}">${escapeHtml(s.via)}</a>` : escapeHtml(s.via)}`]
        : []),
      ...(s.archiveUrl ? [`<a href="${escapeHtml(s.archiveUrl)}">archived copy</a>`] : []),
    ];
    return `<li>${parts.join(', ')}</li>`;
  });
  return [
    ...(event.detail ? [`<p>${escapeHtml(event.detail)}</p>`] : []),
    `<ul>${facts.map(([k, v]) => `<li>${escapeHtml(k!)}: ${escapeHtml(v!)}</li>`).join('')}</ul>`,
    ...(event.note ? [`<p>Note: ${escapeHtml(event.note)}</p>`] : []),
    `<p>Sources:</p><ol>${sources.join('')}</ol>`,
    `<p><a href="${escapeHtml(event.url)}">This event on the ${escapeHtml(event.entry.name)} page</a></p>`,
  ].join('\n');
}

/** One feed entry per event: a stable id, "Entry: title", the permalink, the event date at its precision. */
export function eventFeedEntry(event: ApiEventListItem, ctx: EventFeedContext): AtomEntry {
  const date = atomDate(event.date);
  const setsStatus = event.status ? ` Sets the status: ${statusLabel(event.status, event.entry.kind)}.` : '';
  return {
    id: eventTagUri(ctx.host, event),
    title: `${event.entry.name}: ${event.title}`,
    updated: date,
    published: date,
    link: event.url,
    summary: `${event.detail ?? event.title}${setsStatus}`,
    contentHtml: eventHtml(event, ctx.today),
    categories: [
      ...(event.status
        ? [{ term: event.status, label: statusLabel(event.status, event.entry.kind), scheme: ctx.statusScheme }]
        : []),
      { term: event.type, label: EVENT_TYPE_LABELS[event.type], scheme: ctx.typeScheme },
    ],
  };
}

export interface EventFeedOptions extends EventFeedContext {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows. */
  pageUrl: string;
  author: { name: string; uri?: string };
  rights?: string;
  /** Fallback `<updated>` for a feed without events (the build date); otherwise the newest event's date is used. */
  emptyUpdated: string;
}

/** A feed of the given events, newest first as given; `<updated>` is the newest event's date. */
export function eventFeed(events: readonly ApiEventListItem[], options: EventFeedOptions): AtomFeed {
  const entries = events.map((e) => eventFeedEntry(e, options));
  const newest = entries
    .map((e) => e.updated)
    .sort()
    .at(-1);
  return {
    id: options.id,
    title: options.title,
    ...(options.subtitle ? { subtitle: options.subtitle } : {}),
    updated: newest ?? atomDate(options.emptyUpdated),
    links: [
      { rel: 'self', type: 'application/atom+xml', href: options.selfUrl },
      { rel: 'alternate', type: 'text/html', href: options.pageUrl },
    ],
    author: options.author,
    ...(options.rights ? { rights: options.rights } : {}),
    entries,
  };
}
