// The tracker as it stood at the end of each year, derived from the events (src/lib/as-of.ts).
import { endOfYear, stateAt, statusCountsByYear, yearsSpanned } from '../lib/as-of.ts';
import type { EntryView, EventView } from '../lib/entries.ts';
import { STATUS_ORDER } from '../lib/status.ts';
import { getEntries } from './entries.ts';
import { BUILD_DATE } from './site.ts';

export interface AsOfRow {
  entry: EntryView;
  state: ReturnType<typeof stateAt<EventView>>;
}

export async function getYears(): Promise<number[]> {
  const entries = await getEntries();
  return yearsSpanned(entries.flatMap((e) => e.events.map((ev) => ev.date)), BUILD_DATE);
}

/** Every entry with its state at the end of `year` (status undefined: nothing decided yet). */
export async function getAsOf(year: number): Promise<AsOfRow[]> {
  const entries = await getEntries();
  return entries.map((entry) => ({ entry, state: stateAt(entry.events, endOfYear(year)) }));
}

/** Countries per status at the end of each year, for the chart. */
export async function getCountryStatusByYear() {
  const entries = (await getEntries()).filter((e) => e.kind === 'countries');
  return statusCountsByYear(entries, await getYears(), STATUS_ORDER);
}
