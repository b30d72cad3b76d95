import type { Scope } from '../schema/event.ts';

/** The parts that get a map of their own at /map/<scope>/: the network's, then the fields beyond it. */
export const MAP_SCOPES: readonly Scope[] = [
  'core',
  'ran',
  'government',
  '4g',
  'devices',
  'supply',
  'fixed',
  'cloud',
  'energy',
  'cables',
  'ai',
];
