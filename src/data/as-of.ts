// The tracker as it stood at the end of each year, derived from the events (src/lib/as-of.ts).
import { endOfYear, type StateAt, stateAtSorted, statusCountsByYear, yearsSpanned } from '../lib/as-of.ts';
import { sortEventsAsc } from '../lib/timeline.ts';
import type { EntryView, EventView } from '../lib/entries.ts';
import { STATUS_ORDER } from '../lib/status.ts';
import { getEntries } from './entries.ts';
import { BUILD_DATE } from './site.ts';

export interface AsOfRow {
  entry: EntryView;
  state: StateAt<EventView>;
}

export async function getYears(): Promise<number[]> {
  const entries = await getEntries();
  return yearsSpanned(entries.flatMap((e) => e.events.map((ev) => ev.date)), BUILD_DATE);
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
    byYear = statusCountsByYear(entries, await getYears(), STATUS_ORDER);
  }
  return byYear;
}
