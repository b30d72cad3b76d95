/**
 * The status vocabulary: one key, one label, one symbol, one set of colours and one definition per
 * kind of entry. Every page, badge, map, legend and the stylesheet read it from here.
 */
export const STATUSES = ['banned', 'restricted', 'under-review', 'permitted', 'no-decision'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusInfo {
  /** The label for countries and organizations: what the state (or bloc) has done. */
  label: string;
  /** A longer form for legends and definitions, where a reader meets the word first. */
  longLabel: string;
  /** True for the statuses that record a decision against Huawei: the ones maps and charts stress. */
  decision: boolean;
  /**
   * The label on a company: what the company has done about Huawei. "Google: Banned" would read as
   * if Google were banned, so companies say "Cut ties with Huawei" instead.
   */
  companyLabel: string;
  /** A short glyph shown beside the label so status is never told by colour alone. */
  symbol: string;
  /** Meaning for countries and organizations. */
  forCountries: string;
  /** Meaning for companies. */
  forCompanies: string;
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
  banned: {
    companyLabel: 'Cut ties with Huawei',
    label: 'Banned',
    longLabel: 'Banned',
    decision: true,
    symbol: '✕',
    forCountries: 'Formal exclusion by law, regulator or binding order.',
    forCompanies: 'Cut ties: supply or business with Huawei halted.',
  },
  restricted: {
    companyLabel: 'Limits Huawei',
    label: 'Restricted',
    longLabel: 'Restricted',
    decision: true,
    symbol: '◐',
    forCountries:
      'Partial limits: core-only exclusion, phase-out deadline, conditional approval or high-risk-vendor rules.',
    forCompanies: 'Replacing or limiting Huawei equipment, or excluding it from a tender.',
  },
  'under-review': {
    companyLabel: 'Reviewing Huawei',
    label: 'Under review',
    longLabel: 'Under review',
    decision: true,
    symbol: '?',
    forCountries: 'Debating, consulting or a decision pending; or only a non-binding political pledge.',
    forCompanies: 'Reviewing or pausing business with Huawei.',
  },
  // The key stays "permitted" (files, API, URLs), but the word readers see says what the record
  // holds: mostly Huawei in use with nothing restricting it, rarely a decision to allow it.
  permitted: {
    companyLabel: 'Works with Huawei',
    label: 'No restriction',
    longLabel: 'No restriction found (Huawei in use)',
    decision: false,
    symbol: '○',
    forCountries:
      'No law, regulator’s decision or binding order restricting Huawei has been found, and its equipment is in use or has been allowed. This records the absence of a restriction, not a decision to allow Huawei; where a government did decide to allow it, that event says so.',
    forCompanies: 'Buying from, supplying to or partnering with Huawei.',
  },
  'no-decision': {
    companyLabel: 'No decision',
    label: 'No status set',
    longLabel: 'No status set (events recorded, none decides)',
    decision: false,
    symbol: '–',
    forCountries:
      'The entry records events — reports, visits, pressure, a debate — but none of them restricts Huawei or shows its equipment in use, so no status is set.',
    forCompanies: 'No decision about dealing with Huawei found (for example, a competing vendor).',
  },
};

/** The label of a status for an entry of this kind: companies have their own wording. */
export function statusLabel(status: Status, kind?: string): string {
  return kind === 'companies' ? STATUS_INFO[status].companyLabel : STATUS_INFO[status].label;
}

/** What a status means for an entry of this kind. */
export function statusMeaning(status: Status, kind?: string): string {
  return kind === 'companies' ? STATUS_INFO[status].forCompanies : STATUS_INFO[status].forCountries;
}

export interface StatusColors {
  /** Text and badge colour: 4.5:1 or more against `bg` and against the page. */
  text: string;
  /** Badge background. */
  bg: string;
  /** Map and chart fill, drawn under a pattern. */
  fill: string;
}

/**
 * The colours of each status in the light and dark themes. The stylesheet's custom properties
 * (--banned, --banned-bg, --banned-fill …) are generated from this table (src/integrations/status-css.ts);
 * the embeddable badge and the standalone map SVG, which cannot read the stylesheet, use the light theme.
 */
export const STATUS_COLORS: Record<Status, { light: StatusColors; dark: StatusColors }> = {
  banned: {
    light: { text: '#9c1c14', bg: '#fde8e6', fill: '#c62f24' },
    dark: { text: '#ffb4ab', bg: '#3d1512', fill: '#d9483d' },
  },
  restricted: {
    light: { text: '#8a4600', bg: '#fff0dc', fill: '#e08a1e' },
    dark: { text: '#ffc47a', bg: '#3a2508', fill: '#e39a3b' },
  },
  'under-review': {
    light: { text: '#3b3a9e', bg: '#ecebff', fill: '#7b79d6' },
    dark: { text: '#c4c3ff', bg: '#23224d', fill: '#8a88e6' },
  },
  // A neutral tint, so the eye goes to the decisions: no restriction is the absence of one.
  permitted: {
    light: { text: '#3f524a', bg: '#edf2ef', fill: '#c3cfc9' },
    dark: { text: '#c6d6cd', bg: '#24302a', fill: '#56625c' },
  },
  'no-decision': {
    light: { text: '#4b5259', bg: '#eef0f2', fill: '#a7b0b8' },
    dark: { text: '#c3cad1', bg: '#2a3038', fill: '#6b7580' },
  },
};

/** Land without an entry on the maps. */
export const LAND_COLOR = { light: '#dfe3e8', dark: '#2b323a' } as const;

/** The custom-property declarations of one theme, in vocabulary order: `--banned: #9c1c14; …`. */
export function statusColorDeclarations(theme: 'light' | 'dark'): string {
  const lines = STATUSES.flatMap((s) => {
    const c = STATUS_COLORS[s][theme];
    return [`--${s}: ${c.text};`, `--${s}-bg: ${c.bg};`, `--${s}-fill: ${c.fill};`];
  });
  return [...lines, `--land: ${LAND_COLOR[theme]};`].join('\n');
}
