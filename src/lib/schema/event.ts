import { z } from 'zod';
import { CalendarDateSchema } from './calendar-date.ts';
import { SourceSchema } from './source.ts';
import { STATUSES } from '../status.ts';

export const KEBAB_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

export const EVENT_TYPES = [
  'law',
  'regulation',
  'government-decision',
  'operator-decision',
  'statement',
  'report',
  'deal',
  'legal-action',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  law: 'Law',
  regulation: 'Regulation',
  'government-decision': 'Government decision',
  'operator-decision': 'Operator decision',
  statement: 'Statement',
  report: 'Report',
  deal: 'Deal',
  'legal-action': 'Legal action',
  other: 'Other',
};

/** A slug or id: lowercase letters, digits and single hyphens. */
export const KebabSchema = z
  .string()
  .regex(KEBAB_RE, { error: (i) => `"${String(i.input)}" must be kebab-case (a-z, 0-9, single hyphens)` });

/** Ids the entry page already uses for its own sections; an event id must not collide with them. */
export const RESERVED_EVENT_IDS: readonly string[] = ['main', 'timeline', 'context', 'related', 'cite', 'header-search'];

/** One dated event on an entry's timeline. */
export const EventSchema = z.strictObject({
  /** Required. Stable kebab-case id, unique in the entry; the URL fragment. Never change it once published. */
  id: KebabSchema.max(80).refine((id) => !RESERVED_EVENT_IDS.includes(id), {
    error: (i) => `"${String(i.input)}" is reserved for a section of the entry page: choose another id`,
  }),
  /** Required. When it happened, at the precision the sources give. Not in the future. */
  date: CalendarDateSchema,
  /** Optional. True when the date is inferred rather than stated; shown as "c.". */
  approximate: z.boolean().optional(),
  /** Required. A short headline in our own words. */
  title: z.string().trim().min(3).max(160),
  /** Optional. One to three sentences of detail, in our own words. */
  detail: z.string().trim().min(1).max(1200).optional(),
  /** Optional. The status this event sets for the entry; omit for events that change nothing. */
  status: z.enum(STATUSES).optional(),
  /** Optional. What the event covers. */
  scope: z.array(z.enum(SCOPES)).min(1).optional(),
  /** Required. What kind of act it is. */
  type: z.enum(EVENT_TYPES),
  /** Optional. A compliance date this event sets (for example, removal of equipment by 2027). May be in the future. */
  deadline: CalendarDateSchema.optional(),
  /** Optional. Editorial note: where sources disagree, or a correction we applied. */
  note: z.string().trim().min(1).max(800).optional(),
  /** Required, at least one. Outlet and publication date for every event. */
  sources: z.array(SourceSchema).min(1, { error: 'every event needs at least one source' }),
});

export type TimelineEvent = z.output<typeof EventSchema>;
