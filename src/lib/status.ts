/**
 * The status vocabulary: one key, one label, one colour token and one definition per kind.
 * Every page, badge, legend and the about page read it from here.
 */
export const STATUSES = ['banned', 'restricted', 'under-review', 'permitted', 'no-decision'] as const;
export type Status = (typeof STATUSES)[number];

export const KINDS = ['countries', 'companies', 'organizations'] as const;
export type Kind = (typeof KINDS)[number];

export interface StatusInfo {
  label: string;
  /** A short glyph shown beside the label so status is never told by colour alone. */
  symbol: string;
  /** Meaning for countries and organizations. */
  forCountries: string;
  /** Meaning for companies. */
  forCompanies: string;
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
  banned: {
    label: 'Banned',
    symbol: '✕',
    forCountries: 'Formal exclusion by law, regulator or binding order.',
    forCompanies: 'Cut ties: supply or business with Huawei halted.',
  },
  restricted: {
    label: 'Restricted',
    symbol: '◐',
    forCountries:
      'Partial limits: core-only exclusion, phase-out deadline, conditional approval or high-risk-vendor rules.',
    forCompanies: 'Replacing or limiting Huawei equipment, or excluding it from a tender.',
  },
  'under-review': {
    label: 'Under review',
    symbol: '?',
    forCountries: 'Debating, consulting or a decision pending; or only a non-binding political pledge.',
    forCompanies: 'Reviewing or pausing business with Huawei.',
  },
  permitted: {
    label: 'Permitted',
    symbol: '✓',
    forCountries: 'Allowed, or actively deploying Huawei equipment.',
    forCompanies: 'Buying from, supplying to or partnering with Huawei.',
  },
  'no-decision': {
    label: 'No decision',
    symbol: '–',
    forCountries: 'No public decision found.',
    forCompanies: 'No decision about dealing with Huawei found (for example, a competing vendor).',
  },
};

/** Display order, most severe first: used by legends, counts and filters. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

export function statusLabel(status: Status): string {
  return STATUS_INFO[status].label;
}

export const KIND_INFO: Record<Kind, { label: string; singular: string }> = {
  countries: { label: 'Countries', singular: 'Country' },
  companies: { label: 'Companies', singular: 'Company' },
  organizations: { label: 'Organizations', singular: 'Organization' },
};
