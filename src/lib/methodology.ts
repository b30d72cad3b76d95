// The dated history of the method: what the tracker counts as a status, a source and evidence.
// /methodology/ publishes it; every change to the rules of src/lib/validate adds a line here.

export interface MethodChange {
  date: string;
  changes: string[];
}

export const METHOD_HISTORY: readonly MethodChange[] = [
  {
    date: '2026-12-06',
    changes: [
      '“Permitted” is now shown as “No restriction found (Huawei in use)”: it records that nothing restricting Huawei was found and its equipment is in use, not a decision to allow it. Maps draw it in a neutral tint and the stacked chart leaves it out; the key in the data and the API is unchanged.',
      'Every status other than “no status set” rests on a dated event that sets it. A deal, a launch or an operator’s choice may set a country’s “no restriction” (Huawei in use), and nothing else; the hidden rule that let a country be “permitted” with no event setting it is gone, and the 13 countries that relied on it name their event.',
      'An entry with events but no status is labelled “No status set”, apart from a state with no entry, “Searched, nothing found”.',
      'Three scopes beyond telecom networks: energy, subsea cables and AI compute. A measure that concerns only these sets the status of that field, and an entry’s headline status only when nothing else sets one.',
      'A deadline that passes while its outcome is still recorded as not yet due is shown as “outcome not yet recorded” and queued for review; it never stops the site from being built.',
      'Counts, lists of statuses and dates in the site’s own prose (FAQ answers, summaries, page descriptions) come from the data; a sentence that states one the data contradicts fails validation or the build.',
      'Each status change in a release says whether it is a new development or the tracker’s own reclassification, with its reason.',
    ],
  },
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
