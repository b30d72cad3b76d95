// /data/events.csv: one row per event and source, built from the same documents as events.json.
import type { TimelineEvent } from '../api/schema.ts';

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
  ['event_status', 'The status the event sets for its entry; empty when it sets none'],
  [
    'event_type',
    'law, regulation, government-decision, operator-decision, statement, report, deal, legal-action or other',
  ],
  [
    'event_scope',
    'What the event covers, joined with “;” (ran;core;4g;fixed;government;devices;supply;cloud); may be empty',
  ],
  ['event_deadline', 'A compliance date the event sets (YYYY, YYYY-MM or YYYY-MM-DD); may be empty'],
  ['event_url', 'Permalink of the event on its entry page'],
  ['source_n', 'Number of the source within the event, from 1 (as on the page)'],
  ['source_publisher', 'The outlet or body that published the source'],
  ['source_date', 'Publication date of the source, same precision rules'],
  ['source_title', 'Headline of the source, when recorded'],
  ['source_url', 'Address of the source, only when really known (https)'],
  ['source_primary', 'true for laws, regulators’ decisions and official statements'],
  ['source_via', 'Where the fact was read when the original was not seen (for example a list article)'],
] as const satisfies readonly (readonly [string, string])[];

export type EventCsvColumn = (typeof EVENT_CSV_COLUMNS)[number][0];

/** One record per event × source, in the order of the events given (newest first in events.json). */
export function eventCsvRecords(events: readonly TimelineEvent[]): Record<EventCsvColumn, string>[] {
  return events.flatMap((e) =>
    e.sources.map((s, i) => ({
      entry_kind: e.entry.kind,
      entry_slug: e.entry.slug,
      entry_name: e.entry.name,
      event_id: e.id,
      event_date: e.date,
      event_approximate: String(e.approximate === true),
      event_title: e.title,
      event_status: e.status ?? '',
      event_type: e.type,
      event_scope: (e.scope ?? []).join(';'),
      event_deadline: e.deadline ?? '',
      event_url: e.url,
      source_n: String(i + 1),
      source_publisher: s.publisher,
      source_date: s.date,
      source_title: s.title ?? '',
      source_url: s.url ?? '',
      source_primary: String(s.primary === true),
      source_via: s.via ?? '',
    })),
  );
}

/** events.csv: the header row, then one row per event × source. */
export function eventsCsv(events: readonly TimelineEvent[]): string {
  const columns = EVENT_CSV_COLUMNS.map(([name]) => name);
  return toCsv([columns, ...eventCsvRecords(events).map((r) => columns.map((c) => r[c]))]);
}
