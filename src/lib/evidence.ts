// How sure we are of an event, and what became of a deadline: labels and definitions read by every
// page, feed, legend and the methodology. The keys are defined with the schema (schema/event.ts).
import type { DeadlineOutcome, EvidenceGrade } from './schema/event.ts';

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

/** Grades strong enough for a country's or organization's ban or restriction (see validate/rules.ts). */
export function isStrongEvidence(grade: EvidenceGrade): boolean {
  return grade === 'official-text' || grade === 'official-statement' || grade === 'multiple-reports';
}

export const DEADLINE_OUTCOME_INFO: Record<DeadlineOutcome, { label: string; definition: string }> = {
  met: { label: 'Met', definition: 'Done by the deadline, according to the sources.' },
  missed: { label: 'Missed', definition: 'Not done by the deadline.' },
  extended: { label: 'Extended', definition: 'The deadline was moved later.' },
  pending: { label: 'Not yet due', definition: 'The deadline lies after the date of this build.' },
  unknown: { label: 'Outcome unknown', definition: 'The deadline has passed and no source says what happened.' },
};
