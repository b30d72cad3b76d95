// iCalendar (RFC 5545) for /deadlines.ics: one all-day VEVENT per event that sets a deadline.
// Pure and deterministic: DTSTAMP is the build date, never the clock.
import type { ApiEventListItem } from '../api/schema.ts';
import { formatDate } from '../dates.ts';
import { lastDayOf, nextDay } from '../calendar-date.ts';
import { SHOWN_OUTCOME_INFO } from '../evidence.ts';
import { shownOutcome } from '../deadlines.ts';
import { EVENT_TYPE_LABELS } from '../schema/index.ts';
import { statusLabel } from '../status.ts';

/** Control characters are not allowed in TEXT (RFC 5545 §3.3.11) apart from HTAB; CR and LF become `\n`. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** TEXT value escaping: backslash, semicolon and comma are escaped; every line break becomes `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is longer than 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space, which counts towards their 75. Breaks fall between characters, never
 * inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = utf8Length(char);
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `2027-12-31` → `20271231` (a DATE value). */
export function icalDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
  return day.replaceAll('-', '');
}

/** A DATE-TIME in UTC at midnight of a YYYY-MM-DD day: `20261122T000000Z`. */
export function icalTimestamp(day: string): string {
  return `${icalDate(day)}T000000Z`;
}

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD: the all-day event's day. */
  day: string;
  summary: string;
  description: string;
  url: string;
  categories: string[];
}

export interface Calendar {
  /** PRODID, e.g. `-//Huawei Tracker//Deadlines//EN`. */
  prodId: string;
  name: string;
  description: string;
  /** Absolute URL of the calendar file. */
  url: string;
  /** YYYY-MM-DD: the build date, used as DTSTAMP of every event. */
  stamp: string;
  events: CalendarEvent[];
}

/** The calendar as RFC 5545 text: CRLF line ends, folded lines, escaped TEXT values. */
export function renderCalendar(calendar: Calendar): string {
  const stamp = icalTimestamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `DESCRIPTION:${escapeText(calendar.description)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    `SOURCE;VALUE=URI:${calendar.url}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    ...calendar.events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(e.day)}`,
      `DTEND;VALUE=DATE:${icalDate(nextDay(e.day))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      ...(e.categories.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

/** `<kind>/<slug>#<event-id>@<host>`: stable for as long as the event id is (ids never change). */
export function deadlineUid(event: Pick<ApiEventListItem, 'id' | 'entry'>, host: string): string {
  return `${event.entry.kind}/${event.entry.slug}#${event.id}@${host}`;
}

/**
 * The calendar event of an event's deadline. A deadline known to the day is that day; one known only
 * to the month or year is shown on the last day of that period (`2027` → 31 December 2027,
 * `2027-06` → 30 June 2027), and its summary says "by June 2027".
 */
export function deadlineEvent(
  event: ApiEventListItem & { deadline: string },
  host: string,
  today: string,
): CalendarEvent {
  const day = lastDayOf(event.deadline);
  const exact = event.deadline.length === 10;
  const when = formatDate(event.deadline);
  // Once a deadline has an outcome, the calendar says so in the title: "(missed)", "(met)"; one
  // that has passed with none recorded says "(outcome not yet recorded)".
  const shown = shownOutcome(event.deadlineOutcome, event.deadline, today);
  const outcome = shown !== 'pending' ? ` (${SHOWN_OUTCOME_INFO[shown].label.toLowerCase()})` : '';
  const summary = exact
    ? `Deadline for ${event.entry.name}: ${event.title}${outcome}`
    : `Deadline for ${event.entry.name}, by ${when}: ${event.title}${outcome}`;
  const setBy = [
    EVENT_TYPE_LABELS[event.type],
    ...(event.status ? [`sets the status ${statusLabel(event.status, event.entry.kind)}`] : []),
  ].join('; ');
  const description = [
    event.title,
    ...(event.detail ? [event.detail] : []),
    exact
      ? `Deadline: ${when}.`
      : `Deadline: by ${when}. The sources give only the ${event.deadline.length === 7 ? 'month' : 'year'}; the calendar shows it on the last day, ${formatDate(day)}.`,
    `Set by the event of ${formatDate(event.date, event.approximate === true)} (${setBy}).`,
    `Outcome: ${SHOWN_OUTCOME_INFO[shown].label}.${event.deadlineNote ? ` ${event.deadlineNote}` : ''}`,
    'Sources:',
    ...event.sources.map(
      (s, i) =>
        `${i + 1}. ${[s.publisher, formatDate(s.date, s.approximate === true), ...(s.title ? [`“${s.title}”`] : []), ...(s.url ? [s.url] : []), ...(s.via ? [`via ${s.via}`] : [])].join(', ')}`,
    ),
    `Event: ${event.url}`,
  ].join('\n');
  return {
    uid: deadlineUid(event, host),
    day,
    summary,
    description,
    url: event.url,
    categories: ['Deadline', EVENT_TYPE_LABELS[event.type]],
  };
}

/** Every event with a deadline, soonest deadline first (then by entry name and event id). */
export function deadlineEvents(events: readonly ApiEventListItem[], host: string, today: string): CalendarEvent[] {
  return events
    .filter((e): e is ApiEventListItem & { deadline: string } => e.deadline !== undefined)
    .sort(
      (a, b) => cmp(lastDayOf(a.deadline), lastDayOf(b.deadline)) || cmp(a.entry.name, b.entry.name) || cmp(a.id, b.id),
    )
    .map((e) => deadlineEvent(e, host, today));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
