// Which events set an entry's headline status: the one rule, read by the entry view, the validator,
// the status path, the as-of replay and the chart alike (see /methodology/#what-sets-a-status).
import { BEYOND_NETWORK_SCOPES, type Scope } from './scopes.ts';
import type { Status } from './status.ts';

export interface StatusSetting {
  status?: Status | undefined;
  scope?: readonly Scope[] | undefined;
}

/** True when an event's scopes all lie beyond telecom networks (energy, subsea cables, AI compute). */
export function isBeyondNetworks(event: StatusSetting): boolean {
  return event.scope !== undefined && event.scope.length > 0 && event.scope.every((s) => BEYOND_NETWORK_SCOPES.has(s));
}

/**
 * The events, in the order given, that set the entry's headline status: every event with a status,
 * except that measures only beyond telecom networks count only when nothing else sets a status.
 */
export function headlineStatusEvents<E extends StatusSetting>(events: readonly E[]): (E & { status: Status })[] {
  const setting = events.filter((e): e is E & { status: Status } => e.status !== undefined);
  const networks = setting.filter((e) => !isBeyondNetworks(e));
  return networks.length > 0 ? networks : setting;
}
