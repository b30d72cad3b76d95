// How sure we are of an event, and what became of a deadline: labels and definitions read by every
// page, feed, legend and the methodology. The keys are defined with the schema (schema/event.ts).
import type { DeadlineOutcome, EventType, EvidenceGrade } from './schema/event.ts';

export interface EvidenceInfo {
  label: string;
  /** A short mark shown beside the label, strongest first: the grade is never told by colour. */
  mark: string;
  definition: string;
}

export const EVIDENCE_INFO: Record<EvidenceGrade, EvidenceInfo> = {
  'official-text': {
    label: 'Official text',
    mark: '●●●●●',
    definition: 'The law, decision or ruling itself was read.',
  },
  'official-statement': {
    label: 'Official statement',
    mark: '●●●●○',
    definition: 'Announced by the government, regulator, court or company itself.',
  },
  'multiple-reports': {
    label: 'Several reports',
    mark: '●●●○○',
    definition: 'Two or more independent outlets report it (copies of one wire story count once).',
  },
  'single-report': {
    label: 'One report',
    mark: '●●○○○',
    definition: 'One outlet reports it; no second independent source was found.',
  },
  'anonymous-sources': {
    label: 'Unnamed sources',
    mark: '●○○○○',
    definition: 'The reports rest on people who are not named.',
  },
};

// The vocabulary of what may set a status (/methodology/#what-sets-a-status). The validator's rules
// and the methodology page both read these sets; nothing else spells them out.

/** Event types that bind: only these may set a country's or organization's banned or restricted. */
export const BINDING_TYPES: ReadonlySet<EventType> = new Set([
  'law',
  'regulation',
  'government-decision',
  'court-ruling',
]);

/** Evidence grades strong enough to rest a country's or organization's ban or restriction on. */
export const STRONG_EVIDENCE: ReadonlySet<EvidenceGrade> = new Set([
  'official-text',
  'official-statement',
  'multiple-reports',
]);

/**
 * Event types that record Huawei in use in a country (a contract, a launch, an operator's choice).
 * For a country or organization they may set only "permitted" — no restriction found, Huawei in use.
 */
export const DEPLOYMENT_TYPES: ReadonlySet<EventType> = new Set(['deal', 'operator-decision']);

/** Event types that never set a country's or organization's status: nobody decided anything. */
export const NON_STATE_TYPES: ReadonlySet<EventType> = new Set(['report', 'legal-action', 'other']);

export const DEADLINE_OUTCOME_INFO: Record<DeadlineOutcome, { label: string; definition: string }> = {
  met: { label: 'Met', definition: 'Done by the deadline, according to the sources.' },
  missed: { label: 'Missed', definition: 'Not done by the deadline.' },
  extended: { label: 'Extended', definition: 'The deadline was moved later.' },
  pending: { label: 'Not yet due', definition: 'The deadline lies after the date of this build.' },
  unknown: { label: 'Outcome unknown', definition: 'The deadline has passed and no source says what happened.' },
};

/**
 * What a reader is shown for a deadline: its recorded outcome, or `overdue` when it is still
 * recorded as pending but its date has passed — time has moved on and the record not yet with it.
 */
export type ShownOutcome = DeadlineOutcome | 'overdue';

export const SHOWN_OUTCOME_INFO: Record<ShownOutcome, { label: string; definition: string }> = {
  ...DEADLINE_OUTCOME_INFO,
  overdue: {
    label: 'Outcome not yet recorded',
    definition:
      'The deadline has passed since it was last checked and what happened is not yet recorded; it is first in the review queue.',
  },
};
