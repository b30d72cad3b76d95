// Every count the site states about its data, worked out once. Pages, feeds, legends, the chart's
// caption and FAQ answers print these results with their unit; none counts for itself.
import type { CoverageRow, CoverageState } from './coverage/coverage.ts';
import { isSovereignState } from './coverage/coverage.ts';
import { KINDS, type Kind } from './kinds.ts';
import { STATUSES, type Status } from './status.ts';

interface Counted {
  kind: Kind;
  status: Status;
  iso2: string | undefined;
}

export interface SiteCounts {
  /** Entries of each kind. */
  byKind: Record<Kind, number>;
  /** Entries of each kind with each status. */
  byKindStatus: Record<Kind, Record<Status, number>>;
  /** Country entries that are sovereign states (the rest are territories such as Greenland). */
  sovereignCountries: number;
  /** Sovereign states in each coverage state (an entry, searched with nothing found, not researched). */
  coverage: Record<CoverageState, number>;
  /** Sovereign states in all. */
  states: number;
}

function zeros(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/** The counts of the whole record. */
export function siteCounts(entries: readonly Counted[], coverage: readonly CoverageRow[]): SiteCounts {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const byKindStatus = Object.fromEntries(KINDS.map((k) => [k, zeros()])) as Record<Kind, Record<Status, number>>;
  let sovereignCountries = 0;
  for (const e of entries) {
    byKind[e.kind] += 1;
    byKindStatus[e.kind][e.status] += 1;
    if (e.kind === 'countries' && e.iso2 && isSovereignState(e.iso2)) sovereignCountries += 1;
  }
  const counts: Record<CoverageState, number> = { entry: 0, 'no-public-decision': 0, 'not-researched': 0 };
  for (const row of coverage) counts[row.state] += 1;
  return { byKind, byKindStatus, sovereignCountries, coverage: counts, states: coverage.length };
}

/** Count entries per status, in vocabulary order, zeros included. */
export function countByStatus(entries: readonly { status: Status }[]): Record<Status, number> {
  const counts = zeros();
  for (const e of entries) counts[e.status] += 1;
  return counts;
}

const UNITS: Record<string, [one: string, many: string]> = {
  country: ['country', 'countries'],
  'country entry': ['country entry', 'country entries'],
  entry: ['entry', 'entries'],
  company: ['company', 'companies'],
  organization: ['organization', 'organizations'],
  state: ['state', 'states'],
  'sovereign state': ['sovereign state', 'sovereign states'],
  event: ['event', 'events'],
  deadline: ['deadline', 'deadlines'],
  change: ['change', 'changes'],
  status: ['status', 'statuses'],
};

/** "1 country", "9 countries": a count always with its unit. */
export function countOf(n: number, unit: keyof typeof UNITS): string {
  const [one, many] = UNITS[unit]!;
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The unit for a kind: "country", "company", "organization". */
export const KIND_UNIT: Record<Kind, keyof typeof UNITS> = {
  countries: 'country',
  companies: 'company',
  organizations: 'organization',
};

/**
 * The record in one line, every count with its unit and what it leaves out:
 * "171 country entries (169 of them sovereign states), 78 companies and 4 organizations".
 */
export function recordLine(c: SiteCounts): string {
  const others = c.byKind.countries - c.sovereignCountries;
  const countries =
    others > 0
      ? `${countOf(c.byKind.countries, 'country entry')} (${c.sovereignCountries.toLocaleString('en')} of them sovereign states)`
      : countOf(c.byKind.countries, 'country entry');
  return `${countries}, ${countOf(c.byKind.companies, 'company')} and ${countOf(c.byKind.organizations, 'organization')}`;
}

/** "Of the 197 sovereign states, 169 have an entry, 28 were searched with nothing found and 0 are not yet researched." */
export function coverageLine(c: SiteCounts): string {
  const n = (x: number, one: string, many: string) => `${x.toLocaleString('en')} ${x === 1 ? one : many}`;
  return (
    `Of the ${countOf(c.states, 'sovereign state')}, ${n(c.coverage.entry, 'has', 'have')} an entry, ` +
    `${n(c.coverage['no-public-decision'], 'was', 'were')} searched with nothing found and ` +
    `${n(c.coverage['not-researched'], 'is', 'are')} not yet researched.`
  );
}
