import type { EntryView } from '../entries.ts';
import type { Status } from '../status.ts';
import type { MapCountry } from './world-map.ts';

export interface MapRow extends MapCountry {
  region: string;
  /** Date of the event that set the status, and its permalink. */
  since: string | undefined;
  sinceUrl: string | undefined;
}

/**
 * Rows for the map and its table. `statusOf` lets as-of pages supply the status an entry had on a
 * date; entries it returns undefined for (nothing decided yet) are left out.
 */
export function mapRows(
  entries: readonly EntryView[],
  statusOf: (
    e: EntryView,
  ) => { status: Status; since?: string | undefined; sinceUrl?: string | undefined } | undefined = (e) => ({
    status: e.status,
    since: e.sinceEvent?.date,
    sinceUrl: e.sinceEvent?.url,
  }),
): MapRow[] {
  const rows: MapRow[] = [];
  for (const e of entries) {
    if (e.kind !== 'countries' || !e.iso2) continue;
    const state = statusOf(e);
    if (!state) continue;
    rows.push({
      iso2: e.iso2,
      name: e.name,
      url: e.url,
      region: e.region,
      status: state.status,
      since: state.since,
      sinceUrl: state.sinceUrl,
    });
  }
  return rows;
}

/** Organizations with no single country (blocs such as the EU): listed beside the map. */
export function besideRows(
  entries: readonly EntryView[],
  statusOf: (e: EntryView) => Status | undefined = (e) => e.status,
) {
  return entries
    .filter((e) => e.kind === 'organizations' && !e.iso2)
    .flatMap((e) => {
      const status = statusOf(e);
      return status ? [{ name: e.name, url: e.url, status }] : [];
    });
}
