import type { Scope } from '../schema/event.ts';

/** The parts of the network that get a map of their own at /map/<scope>/. */
export const MAP_SCOPES: readonly Scope[] = ['core', 'ran', 'government', '4g', 'devices', 'supply'];
