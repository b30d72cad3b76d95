// /data/events.csv: one row per event and source, built from the same documents as events.json.
import type { ApiEventListItem } from '../api/schema.ts';
import { SCOPES, type Scope } from '../schema/event.ts';
import { scopeInSentence } from '../scopes.ts';
import { statusLabel, type Status } from '../status.ts';

/** One column per scope: that part of the network's status, where events name it. */
const SCOPE_COLUMNS = SCOPES.map(
  (s) => [`status_${s}`, `Status for ${scopeInSentence(s)}, where events name it; empty otherwise`] as const,
);

/** A CSV cell: empty for null and undefined, `true`/`false` for booleans. */
export type CsvValue = string | number | boolean | null | undefined;

/** RFC 4180: a field is quoted when it holds a comma, a double quote, CR or LF; quotes are doubled. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text: every record, the header included, ends with CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The columns of events.csv, in order, with what each holds (the /data/ page lists them). */
export const EVENT_CSV_COLUMNS = [
  ['entry_kind', 'countries, companies or organizations'],
  ['entry_slug', 'The entry’s file name and URL segment'],
  ['entry_name', 'The entry’s name'],
  ['event_id', 'Stable id of the event, unique within its entry; the fragment of its permalink'],
  ['event_date', 'When it happened: YYYY, YYYY-MM or YYYY-MM-DD, at the precision the sources give'],
  ['event_approximate', 'true when the date is inferred rather than stated'],
  ['event_title', 'Short headline in our own words'],
  ['event_detail', 'One to three sentences of detail, in our own words; may be empty'],
  ['event_status', 'The status the event sets for its entry; empty when it sets none'],
  [
    'event_type',
    'law, regulation, government-decision, court-ruling, operator-decision, statement, report, deal, legal-action or other',
  ],
  [
    'event_evidence',
    'How sure we are: official-text, official-statement, multiple-reports, single-report or anonymous-sources',
  ],
  [
    'event_scope',
    'What the event covers, joined with “;” (ran;core;4g;fixed;government;devices;supply;cloud); may be empty',
  ],
  ['event_deadline', 'A compliance date the event sets (YYYY, YYYY-MM or YYYY-MM-DD); may be empty'],
  ['event_deadline_outcome', 'With a deadline: pending, met, missed, extended or unknown; empty otherwise'],
  ['event_url', 'Permalink of the event on its entry page'],
  ['source_n', 'Number of the source within the event, from 1 (as on the page)'],
  ['source_publisher', 'The outlet or body that published the source'],
  ['source_date', 'Publication date of the source, same precision rules'],
  ['source_title', 'Headline of the source, when recorded'],
  ['source_url', 'Address of the source, only when really known (https)'],
  ['source_accessed', 'The day the address was last seen to support the claim (YYYY-MM-DD); empty when not re-checked'],
  ['source_primary', 'true for laws, regulators’ decisions and official statements'],
  ['source_via', 'Where the fact was read when the original was not seen (for example a list article)'],
] as const satisfies readonly (readonly [string, string])[];

export type EventCsvColumn = (typeof EVENT_CSV_COLUMNS)[number][0];

/** One record per event × source, in the order of the events given (newest first in events.json). */
export function eventCsvRecords(events: readonly ApiEventListItem[]): Record<EventCsvColumn, string>[] {
  return events.flatMap((e) =>
    e.sources.map((s, i) => ({
      entry_kind: e.entry.kind,
      entry_slug: e.entry.slug,
      entry_name: e.entry.name,
      event_id: e.id,
      event_date: e.date,
      event_approximate: String(e.approximate === true),
      event_title: e.title,
      event_detail: e.detail ?? '',
      event_status: e.status ?? '',
      event_type: e.type,
      event_evidence: e.evidence,
      event_scope: (e.scope ?? []).join(';'),
      event_deadline: e.deadline ?? '',
      event_deadline_outcome: e.deadlineOutcome ?? '',
      event_url: e.url,
      source_n: String(i + 1),
      source_publisher: s.publisher,
      source_date: s.date,
      source_title: s.title ?? '',
      source_url: s.url ?? '',
      source_accessed: s.accessed ?? '',
      source_primary: String(s.primary === true),
      source_via: s.via ?? '',
    })),
  );
}

/** events.csv: the header row, then one row per event × source. */
export function eventsCsv(events: readonly ApiEventListItem[]): string {
  const columns = EVENT_CSV_COLUMNS.map(([name]) => name);
  return toCsv([columns, ...eventCsvRecords(events).map((r) => columns.map((c) => r[c]))]);
}

/** The columns of entries.csv: one row per entry, what a data user wants first. */
export const ENTRY_CSV_COLUMNS = [
  ['kind', 'countries, companies or organizations'],
  ['slug', 'The entry’s file name and URL segment'],
  ['name', 'The entry’s name'],
  ['country', 'ISO 3166-1 alpha-2: the country itself, or a company’s or organization’s headquarters; may be empty'],
  ['region', 'Africa, Americas, Asia, Europe, Middle East or Oceania'],
  [
    'status',
    'The current status: banned, restricted, under-review, permitted (shown as “no restriction found, Huawei in use”) or no-decision (shown as “no status set”)',
  ],
  ['status_label', 'The status in words, as the site shows it (companies have their own wording)'],
  ['since', 'Date of the event from which the current status has held; empty when no event sets one'],
  ['evidence', 'The evidence grade of the event that set the current status; empty when none'],
  ...SCOPE_COLUMNS,
  ['next_deadline', 'The soonest deadline still ahead of the build date, or else the latest passed one; may be empty'],
  ['next_deadline_outcome', 'Its outcome as recorded: pending, met, missed, extended or unknown'],
  [
    'operates',
    'Companies that run a public network: the countries (ISO codes) and networks, as “GB mobile+fixed; IE mobile”; empty otherwise',
  ],
  ['operators', 'Countries: the slugs of their network operators with an entry, separated by “; ”; empty otherwise'],
  ['last_changed', 'Date of the newest event'],
  ['last_verified', 'The day the whole entry was last reviewed against its sources; empty when not yet'],
  ['summary', 'The current position in one or two sentences'],
  ['url', 'The entry page'],
] as const satisfies readonly (readonly [string, string])[];

export type EntryCsvColumn = (typeof ENTRY_CSV_COLUMNS)[number][0];

/** What entries.csv needs of an entry, already derived (see lib/entries.ts and lib/deadlines.ts). */
export interface EntryCsvInput {
  kind: string;
  slug: string;
  name: string;
  iso2: string | undefined;
  region: string;
  status: Status;
  since: string | undefined;
  evidence: string | undefined;
  scopes: ReadonlyArray<{ scope: Scope; status: Status }>;
  nextDeadline: { deadline: string; deadlineOutcome?: string | undefined } | undefined;
  operates: ReadonlyArray<{ country: string; networks: readonly string[] }>;
  operators: readonly string[];
  lastChanged: string;
  lastVerified: string | undefined;
  summary: string;
  url: string;
}

/** entries.csv: the header row, then one row per entry, in the order given (by name). */
export function entriesCsv(entries: readonly EntryCsvInput[]): string {
  const columns = ENTRY_CSV_COLUMNS.map(([name]) => name);
  const rows = entries.map((e) => {
    const byScope = new Map(e.scopes.map((s) => [s.scope, s.status]));
    const record: Record<string, string> = {
      kind: e.kind,
      slug: e.slug,
      name: e.name,
      country: e.iso2 ?? '',
      region: e.region,
      status: e.status,
      status_label: statusLabel(e.status, e.kind),
      since: e.since ?? '',
      evidence: e.evidence ?? '',
      next_deadline: e.nextDeadline?.deadline ?? '',
      next_deadline_outcome: e.nextDeadline?.deadlineOutcome ?? '',
      operates: e.operates.map((o) => `${o.country} ${o.networks.join('+')}`).join('; '),
      operators: e.operators.join('; '),
      last_changed: e.lastChanged,
      last_verified: e.lastVerified ?? '',
      summary: e.summary,
      url: e.url,
    };
    for (const scope of SCOPES) record[`status_${scope}`] = byScope.get(scope) ?? '';
    return columns.map((c) => record[c] ?? '');
  });
  return toCsv([columns, ...rows]);
}
