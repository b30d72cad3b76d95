// The parts of the network, and beyond it the other fields where Huawei is decided on, that an
// event may name (its scope), with their labels. No zod here: the browser's scripts read these too.

/** What an event covers. */
export const SCOPES = [
  'ran',
  'core',
  '4g',
  'fixed',
  'government',
  'devices',
  'supply',
  'cloud',
  'energy',
  'cables',
  'ai',
] as const;
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
  energy: 'Energy (inverters, plant control, grid and storage)',
  cables: 'Subsea cables',
  ai: 'AI compute (chips and servers)',
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
  energy: 'energy',
  cables: 'subsea cables',
  ai: 'AI chips',
};

/**
 * A scope's label inside a sentence: "status for core network", but "status for AI compute" and
 * "5G radio access", where the label starts with an abbreviation or a number.
 */
export function scopeInSentence(scope: Scope): string {
  const label = SCOPE_LABELS[scope];
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** What each scope covers, as /methodology/ defines it. */
export const SCOPE_DEFINITIONS: Record<Scope, string> = {
  ran: 'The radio part of a 5G mobile network: base stations, antennas and their software.',
  core: 'The core of a mobile network: the central functions that route traffic and control access.',
  '4g': 'Radio and core equipment of 4G and older mobile networks.',
  fixed: 'Fixed lines, fibre and broadband access, backbone and transmission networks.',
  government: 'Networks, equipment and services bought by the state or used by its agencies.',
  devices: 'Phones, tablets, laptops and other devices sold to or used by the public or officials.',
  supply: 'Supply to or from Huawei: chips, software, design tools, licences and services.',
  cloud: 'Cloud services and data centres built or run by Huawei.',
  energy: 'Solar and battery inverters, remote access to and control of power plants, the grid and energy storage.',
  cables:
    'Subsea cable systems, their landing stations and repeaters, and cable makers that were once part of Huawei (HMN Technologies, formerly Huawei Marine).',
  ai: "Huawei's AI chips (Ascend) and servers, export-control guidance on using them, and AI firms' commitments not to buy them.",
};

/**
 * Scopes beyond telecom networks. A measure that names only these sets the status of those fields
 * (the scope table, the scope maps), and an entry's headline status only when no telecom measure
 * sets one: a country's ban on Huawei inverters does not make its networks "banned".
 */
export const BEYOND_NETWORK_SCOPES: ReadonlySet<Scope> = new Set(['energy', 'cables', 'ai']);
