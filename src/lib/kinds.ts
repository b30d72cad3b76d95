/** The three kinds of entry: each is a folder of content/ and a section of the site. */
export const KINDS = ['countries', 'companies', 'organizations'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_INFO: Record<Kind, { label: string; singular: string }> = {
  countries: { label: 'Countries', singular: 'Country' },
  companies: { label: 'Companies', singular: 'Company' },
  organizations: { label: 'Organizations', singular: 'Organization' },
};
