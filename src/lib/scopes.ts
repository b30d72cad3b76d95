// The parts of the network an event may name (its scope), with their labels. No zod here: the
// browser's scripts read these labels too.

/** What an event covers. */
export const SCOPES = ['ran', 'core', '4g', 'fixed', 'government', 'devices', 'supply', 'cloud'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<Scope, string> = {
  ran: '5G radio access',
  core: 'Core network',
  '4g': '4G and older networks',
  fixed: 'Fixed, backbone and broadband',
  government: 'Government networks and procurement',
  devices: 'Phones and devices',
  supply: 'Supply chain (chips, software, services)',
  cloud: 'Cloud and data centres',
};

/** Short forms for dense lists: "5G RAN, core". */
export const SCOPE_SHORT: Record<Scope, string> = {
  ran: '5G RAN',
  core: 'core',
  '4g': '4G',
  fixed: 'fixed',
  government: 'government',
  devices: 'devices',
  supply: 'supply chain',
  cloud: 'cloud',
};
