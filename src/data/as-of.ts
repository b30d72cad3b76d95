// The tracker as it stood at the end of each year, derived from the events (src/lib/as-of.ts).
import { type StateAt, stateAtSorted, statusCountsByYear, yearsSpanned } from '../lib/as-of.ts';
import { endOfYear } from '../lib/calendar-date.ts';
import { sortEventsAsc } from '../lib/timeline.ts';
import type { EntryView, EventView } from '../lib/entries.ts';
import { STATUSES } from '../lib/status.ts';
import { besideRows, mapRows } from '../lib/map/map-data.ts';
import { getEntries } from './entries.ts';
import { config } from '../config.ts';

export interface AsOfRow {
  entry: EntryView;
  state: StateAt<EventView>;
}

export async function getYears(): Promise<number[]> {
  const entries = await getEntries();
  return yearsSpanned(entries.flatMap((e) => e.events.map((ev) => ev.date)), config.buildDate);
}

let sorted: Promise<{ entry: EntryView; asc: EventView[] }[]> | undefined;

/** Every entry with its state at the end of `year` (status undefined: nothing decided yet). */
export async function getAsOf(year: number): Promise<AsOfRow[]> {
  // Events are sorted once per build, not once per entry and year.
  sorted ??= getEntries().then((entries) => entries.map((entry) => ({ entry, asc: sortEventsAsc(entry.events) })));
  return (await sorted).map(({ entry, asc }) => ({ entry, state: stateAtSorted(asc, endOfYear(year)) }));
}

let byYear: ReturnType<typeof statusCountsByYear<EventView>> | undefined;

/** Countries per status at the end of each year, for the chart (computed once per build). */
export async function getCountryStatusByYear() {
  if (!byYear) {
    const entries = (await getEntries()).filter((e) => e.kind === 'countries');
    byYear = statusCountsByYear(entries, await getYears(), STATUSES);
  }
  return byYear;
}

export interface AsOfView {
  rows: AsOfRow[];
  /** Entries with a status at the end of the year. */
  stated: AsOfRow[];
  /** Countries for the map and its table, each with the status it then had and since when. */
  countries: ReturnType<typeof mapRows>;
  /** Entries the map cannot draw (blocs, small states), with their status then. */
  beside: ReturnType<typeof besideRows>;
}

/** Everything the as-of page of a year shows, computed once per year. */
export async function getAsOfView(year: number): Promise<AsOfView> {
  const rows = await getAsOf(year);
  const stated = rows.filter((r) => r.state.status);
  const byEntry = new Map(stated.map((r) => [r.entry.slug, r.state]));
  const countries = mapRows(
    stated.map((r) => r.entry),
    (e) => {
      const s = byEntry.get(e.slug)!;
      return s.status ? { status: s.status, since: s.statusEvent?.date, sinceUrl: s.statusEvent?.url } : undefined;
    },
  );
  const beside = besideRows(
    stated.map((r) => r.entry),
    (e) => byEntry.get(e.slug)?.status,
  );
  return { rows, stated, countries, beside };
}
