import { z } from 'zod';
import { CalendarDateSchema } from './calendar-date.ts';
import { SourceSchema } from './source.ts';
import { plainText } from './text.ts';
import { STATUSES } from '../status.ts';

export const KEBAB_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { SCOPES, SCOPE_LABELS, SCOPE_SHORT, type Scope } from '../scopes.ts';
import { SCOPES } from '../scopes.ts';

export const EVENT_TYPES = [
  'law',
  'regulation',
  'government-decision',
  'court-ruling',
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
  'court-ruling': 'Court ruling',
  'operator-decision': 'Operator decision',
  statement: 'Statement',
  report: 'Report',
  deal: 'Deal',
  'legal-action': 'Legal action',
  other: 'Other',
};

/**
 * How sure we are of an event, strongest first. The grade describes what was read, not how
 * important the event is; /methodology/ explains each one.
 */
export const EVIDENCE_GRADES = [
  'official-text',
  'official-statement',
  'multiple-reports',
  'single-report',
  'anonymous-sources',
] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** What became of a deadline. `pending` only while it is still ahead of the build date. */
export const DEADLINE_OUTCOMES = ['met', 'missed', 'extended', 'pending', 'unknown'] as const;
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[number];

/** A slug or id: lowercase letters, digits and single hyphens. */
export const KebabSchema = z
  .string()
  .regex(KEBAB_RE, { error: (i) => `"${String(i.input)}" must be kebab-case (a-z, 0-9, single hyphens)` });

/** Ids the entry page already uses for its own sections; an event id must not collide with them. */
export const RESERVED_EVENT_IDS: readonly string[] = [
  'main',
  'timeline',
  'context',
  'related',
  'cite',
  'header-search',
];

/** One dated event on an entry's timeline. */
export const EventSchema = z.strictObject({
  id: KebabSchema.max(80)
    .refine((id) => !RESERVED_EVENT_IDS.includes(id), {
      error: (i) => `"${String(i.input)}" is reserved for a section of the entry page: choose another id`,
    })
    .describe('Required. Stable kebab-case id, unique in the entry; the URL fragment. Never change it once published.'),
  date: CalendarDateSchema.describe(
    'Required. When it happened, at the precision the sources give. Not in the future.',
  ),
  approximate: z
    .boolean()
    .optional()
    .describe('Optional. True when the date is inferred rather than stated; shown as "c.".'),
  title: plainText({ min: 3, max: 160 }).describe('Required. A short headline in our own words.'),
  detail: plainText({ min: 1, max: 1200 })
    .optional()
    .describe('Optional. One to three sentences of detail, in our own words.'),
  status: z
    .enum(STATUSES)
    .optional()
    .describe('Optional. The status this event sets for the entry; omit for events that change nothing.'),
  scope: z.array(z.enum(SCOPES)).min(1).optional().describe('Optional. What the event covers.'),
  type: z.enum(EVENT_TYPES).describe('Required. What kind of act it is.'),
  evidence: z
    .enum(EVIDENCE_GRADES)
    .describe(
      'Required. How sure we are: `official-text` (the law, decision or ruling itself was read), `official-statement` (announced by the government, regulator, court or company), `multiple-reports` (two or more independent outlets), `single-report`, `anonymous-sources` (reports resting on unnamed sources).',
    ),
  deadline: CalendarDateSchema.optional().describe(
    'Optional. A compliance date this event sets (for example, removal of equipment by 2027). May be in the future.',
  ),
  deadlineOutcome: z
    .enum(DEADLINE_OUTCOMES)
    .optional()
    .describe('Required with `deadline`: met, missed, extended, pending (not yet due) or unknown.'),
  deadlineNote: plainText({ min: 1, max: 600 })
    .optional()
    .describe('Optional. One or two sentences on the outcome, in our own words.'),
  deadlineSources: z
    .array(SourceSchema)
    .min(1)
    .optional()
    .describe('Optional. Sources for the outcome, where one exists.'),
  story: KebabSchema.max(80)
    .optional()
    .describe(
      'Optional. One decision filed under several entries (a country and its operators) shares one kebab-case story key, so lists can show it once with all its entries.',
    ),
  note: plainText({ min: 1, max: 800 })
    .optional()
    .describe('Optional. Editorial note: where sources disagree, or a correction we applied.'),
  replacedBy: z
    .array(plainText({ min: 1, max: 80 }))
    .min(1)
    .optional()
    .describe(
      'Optional. The vendors that replaced Huawei\'s equipment in what this event covers, by name ("Ericsson", "Nokia"), where a source says so: an operator\'s swap, a tender\'s award.',
    ),
  primarySearch: plainText({ min: 20, max: 600 })
    .optional()
    .describe(
      "Required on a country's or organization's ban or restriction that cites no primary source: what was searched for the act's own text (its title, number, issuing body, in its language) and that no stored copy was found. Where only the body's statement is cited, it may say what was searched for the text itself.",
    ),
  sources: z
    .array(SourceSchema)
    .min(1, { error: 'every event needs at least one source' })
    .describe('Required, at least one. Outlet and publication date for every event.'),
});

export type EventData = z.output<typeof EventSchema>;
