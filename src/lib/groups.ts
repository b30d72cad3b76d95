// Groups of countries readers compare: alliances, blocs and forums. Members are ISO 3166-1 alpha-2
// codes; a member that is not a state (the EU in the G7 and G20) names its entry's slug.

export interface Group {
  slug: string;
  name: string;
  /** What the group is, in one line. */
  description: string;
  /** ISO codes, or `entry:<slug>` for a member that is an organization. */
  members: readonly string[];
}

const EU27 = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

export const GROUPS: readonly Group[] = [
  {
    slug: 'five-eyes',
    name: 'Five Eyes',
    description:
      'The intelligence alliance of Australia, Canada, New Zealand, the United Kingdom and the United States.',
    members: ['AU', 'CA', 'NZ', 'GB', 'US'],
  },
  {
    slug: 'eu',
    name: 'European Union (27)',
    description: 'The 27 member states of the European Union.',
    members: EU27,
  },
  {
    slug: 'g7',
    name: 'G7',
    description: 'Canada, France, Germany, Italy, Japan, the United Kingdom and the United States; the EU takes part.',
    members: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US', 'entry:european-union'],
  },
  {
    slug: 'g20',
    name: 'G20',
    description: 'Nineteen countries, the European Union and, since 2023, the African Union.',
    members: [
      'AR',
      'AU',
      'BR',
      'CA',
      'CN',
      'FR',
      'DE',
      'IN',
      'ID',
      'IT',
      'JP',
      'MX',
      'RU',
      'SA',
      'ZA',
      'KR',
      'TR',
      'GB',
      'US',
      'entry:european-union',
      'entry:african-union',
    ],
  },
  {
    slug: 'asean',
    name: 'ASEAN',
    description:
      'The Association of Southeast Asian Nations; Timor-Leste joined as its eleventh member in October 2025.',
    members: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'],
  },
  {
    slug: 'gulf',
    name: 'Gulf states (GCC)',
    description: 'The six members of the Gulf Cooperation Council.',
    members: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  },
  {
    slug: 'quad',
    name: 'Quad',
    description: 'The Quadrilateral Security Dialogue of Australia, India, Japan and the United States.',
    members: ['AU', 'IN', 'JP', 'US'],
  },
];

export interface GroupMember<E> {
  /** The member as the group lists it. */
  code: string;
  /** Its entry, when it has one. */
  entry?: E;
}

/** A group's members with their entries (by ISO code, or by slug for an organization). */
export function groupMembers<E extends { kind: string; slug: string; iso2: string | undefined }>(
  group: Group,
  entries: readonly E[],
): GroupMember<E>[] {
  const byIso = new Map(entries.filter((e) => e.kind === 'countries' && e.iso2).map((e) => [e.iso2!, e]));
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  return group.members.map((code) => {
    const entry = code.startsWith('entry:') ? bySlug.get(code.slice(6)) : byIso.get(code);
    return entry ? { code, entry } : { code };
  });
}
