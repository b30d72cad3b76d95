// Which sovereign states the tracker has looked at. A state has an entry (a status from its events),
// or is listed in content/coverage.yaml as searched with no public decision found (with the date of
// the search), or has not been researched yet. The map and /coverage/ draw the three apart.
import { z } from 'zod';
import { DayDateSchema } from '../schema/calendar-date.ts';
import { IsoCodeSchema } from '../schema/entry.ts';
import { plainText } from '../schema/text.ts';
import type { Status } from '../status.ts';
import { SOVEREIGN_STATES } from './sovereign-states.ts';

/** One line of content/coverage.yaml, keyed there by the state's ISO code. */
export const CoverageItemSchema = z.strictObject({
  /** Required. The state's name as readers know it. */
  name: plainText({ min: 2, max: 80 }),
  /** Required. The day the search for a public decision was made (YYYY-MM-DD). */
  searched: DayDateSchema,
  /** Required. What was searched, in a sentence: which sources, which terms, which languages. */
  note: plainText({ min: 10, max: 400 }),
});
export type CoverageItem = z.output<typeof CoverageItemSchema>;

/** The whole file: ISO code → item. */
export const CoverageFileSchema = z.record(IsoCodeSchema, CoverageItemSchema);

export type CoverageState = 'entry' | 'no-public-decision' | 'not-researched';

export const COVERAGE_INFO: Record<CoverageState, { label: string; definition: string }> = {
  entry: { label: 'Has an entry', definition: 'Its status comes from the dated, sourced events of its entry.' },
  'no-public-decision': {
    label: 'Searched, nothing found',
    definition:
      'No entry: searched on the date given, and no law, decision, contract or statement about Huawei was found.',
  },
  'not-researched': { label: 'Not yet researched', definition: 'Nobody has searched for a decision yet.' },
};

export interface CoverageRow {
  iso2: string;
  name: string;
  state: CoverageState;
  /** With an entry: its page and status. */
  url?: string;
  status?: Status;
  /** Searched with nothing found: when, and what. */
  searched?: string;
  note?: string;
}

const SOVEREIGN = new Set(SOVEREIGN_STATES.map(([code]) => code));

export function isSovereignState(code: string): boolean {
  return SOVEREIGN.has(code);
}

/** Every sovereign state with its coverage, sorted by name. */
export function coverageRows(
  entries: ReadonlyArray<{ iso2: string | undefined; kind: string; name: string; url: string; status: Status }>,
  searched: Readonly<Record<string, CoverageItem>>,
): CoverageRow[] {
  const withEntry = new Map(entries.filter((e) => e.kind === 'countries' && e.iso2).map((e) => [e.iso2!, e]));
  return SOVEREIGN_STATES.map(([iso2, name]): CoverageRow => {
    const entry = withEntry.get(iso2);
    if (entry) return { iso2, name: entry.name, state: 'entry', url: entry.url, status: entry.status };
    const item = searched[iso2];
    if (item) return { iso2, name: item.name, state: 'no-public-decision', searched: item.searched, note: item.note };
    return { iso2, name, state: 'not-researched' };
  }).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
