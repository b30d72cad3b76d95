import type { EntryView } from '../entries.ts';
import type { Status } from '../status.ts';
import type { Scope } from '../schema/event.ts';
import type { MapCountry, MapCoverage } from './world-map.ts';

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

/** Sovereign states without an entry, as the maps draw them: searched with nothing found, or not researched. */
export function coverageMarks(
  rows: ReadonlyArray<{ iso2: string; name: string; state: string }>,
  coverageUrl: string,
): MapCoverage[] {
  return rows.flatMap((r) =>
    r.state === 'no-public-decision' || r.state === 'not-researched'
      ? [
          {
            iso2: r.iso2,
            name: r.name,
            state: r.state,
            url: `${coverageUrl}#${r.state === 'no-public-decision' ? 'no-public-decision' : 'not-researched'}`,
          },
        ]
      : [],
  );
}

/** Countries coloured by their status for one part of the network; those with none there are left out. */
export function scopeRows(entries: readonly EntryView[], scope: Scope): MapRow[] {
  return mapRows(entries, (e) => {
    const row = e.scopes.find((s) => s.scope === scope);
    return row ? { status: row.status, since: row.since.date, sinceUrl: row.since.url } : undefined;
  });
}
