import { z } from 'zod';
import { DayDateSchema } from './calendar-date.ts';
import { EventSchema, KebabSchema } from './event.ts';
import { isIsoCountryCode } from './iso.ts';
import { plainText } from './text.ts';
import { STATUSES } from '../status.ts';
import { KINDS, type Kind } from '../kinds.ts';

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Middle East', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

/** ISO 3166-1 alpha-2 code (upper case), or one of the user-assigned codes in ISO_EXTRA_CODES. */
export const IsoCodeSchema = z
  .string()
  .refine(isIsoCountryCode, { error: (i) => `"${String(i.input)}" is not an ISO 3166-1 alpha-2 country code` });

const baseFields = {
  name: plainText({ min: 1, max: 100 }).describe('Required. The name readers know it by. Unique across the site.'),
  aliases: z
    .array(plainText({ min: 1, max: 100 }))
    .default([])
    .describe('Optional. Other names people search for ("UK", "Britain"). Unique across the site.'),
  region: z.enum(REGIONS).describe('Required. One of the fixed regions.'),
  status: z
    .enum(STATUSES)
    .describe('Required. Current status; must equal the status set by the latest event that sets one.'),
  summary: plainText({ min: 20, max: 500 }).describe(
    'Required. One or two sentences in our own words stating the current position.',
  ),
  lastVerified: DayDateSchema.optional().describe(
    'Optional. The day the whole entry was last reviewed against its sources (YYYY-MM-DD). Set it only after such a review; never in bulk. Without it the entry shows as not yet verified.',
  ),
  related: z
    .array(KebabSchema)
    .default([])
    .describe('Optional. Slugs of linked entries (an operator and its country; a country and its bloc).'),
  events: z
    .array(EventSchema)
    .min(1, { error: 'an entry needs at least one event' })
    .describe('Required, at least one. The timeline.'),
};

/** A country or territory: `content/countries/<slug>.md`. */
export const CountryEntrySchema = z.strictObject({
  ...baseFields,
  iso2: IsoCodeSchema.describe('Required. ISO 3166-1 alpha-2 code.'),
});

/** The networks an operator runs. */
export const NETWORKS = ['mobile', 'fixed'] as const;
export type Network = (typeof NETWORKS)[number];

/** A country where a company runs a public network, and which networks; its entry speaks for them. */
export const OperatesSchema = z.strictObject({
  country: IsoCodeSchema.describe('Required. ISO code of the country; that country has an entry.'),
  networks: z.array(z.enum(NETWORKS)).min(1).describe('Required. `mobile`, `fixed` or both.'),
});

/** A company: `content/companies/<slug>.md`. */
export const CompanyEntrySchema = z.strictObject({
  ...baseFields,
  country: IsoCodeSchema.optional().describe('Optional. ISO code of the country of headquarters.'),
  operates: z
    .array(OperatesSchema)
    .min(1)
    .optional()
    .describe(
      "Optional, for network operators. The countries where this entry runs a mobile or fixed network and whose decisions it records: the country's page lists it among its operators. A group whose national arms decided differently lists only the markets its own events speak for.",
    ),
});

/** A bloc, alliance, university or agency: `content/organizations/<slug>.md`. */
export const OrganizationEntrySchema = z.strictObject({
  ...baseFields,
  country: IsoCodeSchema.optional().describe('Optional. ISO code of the seat, where there is one country.'),
});

export const ENTRY_SCHEMAS = {
  countries: CountryEntrySchema,
  companies: CompanyEntrySchema,
  organizations: OrganizationEntrySchema,
} as const satisfies Record<Kind, z.ZodType>;

export type CountryEntryData = z.output<typeof CountryEntrySchema>;
export type CompanyEntryData = z.output<typeof CompanyEntrySchema>;
export type OrganizationEntryData = z.output<typeof OrganizationEntrySchema>;
export type EntryData = CountryEntryData | CompanyEntryData | OrganizationEntryData;

export { KINDS };
