// The dated history of the method: what the tracker counts as a status, a source and evidence.
// /methodology/ publishes it; every change to the rules of src/lib/validate adds a line here.

export interface MethodChange {
  date: string;
  changes: string[];
}

export const METHOD_HISTORY: readonly MethodChange[] = [
  {
    date: '2026-12-03',
    changes: [
      'Every event carries an evidence grade (official text, official statement, several reports, one report, unnamed sources).',
      'A country’s or organization’s ban or restriction must be set by a binding act — a law, a regulation, a government decision or a court ruling — graded official text, official statement or several reports. The validator enforces it.',
      'A press report, a deal, an operator’s choice, a lawsuit filed or any other event never sets the status of a country or organization; it can set a company’s.',
      'An enabling law that names no vendor, with no designation or order made under it, sets “under review”, not “restricted”.',
      'A country with no government act either way, where Huawei builds or supplies the networks, is “permitted” on the record of those deployments.',
      'Every deadline records its outcome: met, missed, extended, not yet due or unknown.',
      'Sources record the day their address was last seen to support the claim; “last verified” is set only when a whole entry has been reviewed.',
      'Every sovereign state is accounted for: an entry, “no public decision found” with the date of the search, or “not yet researched”.',
      'Company statuses are worded as what the company did (“Cut ties with Huawei”), not as if the company were banned.',
      'Court decisions get their own event type, apart from lawsuits and complaints filed.',
    ],
  },
  {
    date: '2026-11-22',
    changes: [
      'First method: five statuses; a law, a regulator’s decision or a binding order sets “banned” or “restricted”; a non-binding political pledge alone sets “under review”; an operator’s choice is an event of that operator.',
      'Every event cites at least one source with outlet and date; addresses only when seen, never guessed; reader comments and opinion are never sources.',
    ],
  },
];
