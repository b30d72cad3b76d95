// How current a record is, for the line under a page's title: "Record reviewed through 3 December
// 2026 · latest development 15 June 2026". A quiet half-year and a stale site read differently.

export interface Currency {
  /** The newest day the record (or the entry) was reviewed against its sources; undefined if never. */
  reviewedThrough: string | undefined;
  /** The date of the newest event: the latest development recorded. */
  latestDevelopment: string | undefined;
}

/** The currency of the whole record: the newest review and the newest event of any entry. */
export function recordCurrency(
  entries: ReadonlyArray<{ lastVerified: string | undefined; lastChanged: string }>,
): Currency {
  let reviewedThrough: string | undefined;
  let latestDevelopment: string | undefined;
  for (const e of entries) {
    if (e.lastVerified && (!reviewedThrough || e.lastVerified > reviewedThrough)) reviewedThrough = e.lastVerified;
    if (!latestDevelopment || newer(e.lastChanged, latestDevelopment)) latestDevelopment = e.lastChanged;
  }
  return { reviewedThrough, latestDevelopment };
}

/** The currency of one entry. */
export function entryCurrency(entry: { lastVerified: string | undefined; lastChanged: string }): Currency {
  return { reviewedThrough: entry.lastVerified, latestDevelopment: entry.lastChanged };
}

/** Compare calendar dates of mixed precision by their first day ("2026" is older than "2026-01-02"). */
function newer(a: string, b: string): boolean {
  const pad = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return pad(a) > pad(b) || (pad(a) === pad(b) && a.length > b.length);
}
