// Status per part of the network, derived from the events' scopes: the same replay as the entry's
// status, scope by scope. An event that sets a status and names scopes sets it for those scopes only;
// an event that sets a status without naming any leaves the per-scope statuses as they were.
import type { Scope } from './schema/event.ts';
import { SCOPES } from './schema/event.ts';
import { STATUSES, type Status } from './status.ts';
import { compareDates } from './calendar-date.ts';
import { sortEventsAsc } from './timeline.ts';

export interface ScopeStatus<E> {
  scope: Scope;
  status: Status;
  /** The first event of the unbroken run that set this status for this scope. */
  since: E;
  /** The latest event that set it. */
  event: E;
}

interface ScopedEvent {
  date: string;
  order?: number;
  status?: Status | undefined;
  scope?: readonly Scope[] | undefined;
}

/**
 * Each scope's status on `date` (by default, now), in the vocabulary order of scopes; scopes no
 * event has decided are left out.
 */
export function statusByScope<E extends ScopedEvent>(events: readonly E[], date?: string): ScopeStatus<E>[] {
  const state = new Map<Scope, ScopeStatus<E>>();
  for (const event of sortEventsAsc(events)) {
    if (date !== undefined && compareDates(event.date, date) > 0) break;
    if (event.status === undefined || !event.scope) continue;
    for (const scope of event.scope) {
      const before = state.get(scope);
      const since = before && before.status === event.status ? before.since : event;
      state.set(scope, { scope, status: event.status, since, event });
    }
  }
  return SCOPES.flatMap((s) => {
    const row = state.get(s);
    return row ? [row] : [];
  });
}

/** Scopes grouped by their status, in vocabulary order: "banned: 5G RAN, core; restricted: fixed". */
export function scopesByStatus<E>(rows: readonly ScopeStatus<E>[]): { status: Status; scopes: Scope[] }[] {
  return STATUSES.flatMap((status) => {
    const scopes = rows.filter((r) => r.status === status).map((r) => r.scope);
    return scopes.length ? [{ status, scopes }] : [];
  });
}
