// "Suggest a correction": a prefilled issue on the repository when one is configured (REPO_URL), or
// an e-mail when only a contact address is (CONTACT_EMAIL). Without either there is no link, and the
// About page says how corrections are handled.

export interface CorrectionTarget {
  /** The entry's name, and the event's title when the correction concerns one event. */
  entryName: string;
  eventTitle?: string | undefined;
  /** The absolute permalink of what is being corrected. */
  url: string;
}

export interface CorrectionChannels {
  repoUrl?: string | undefined;
  contactEmail?: string | undefined;
}

/** The address of the correction form for a target, or undefined when no channel is configured. */
export function correctionHref(target: CorrectionTarget, channels: CorrectionChannels): string | undefined {
  const what = target.eventTitle ? `${target.entryName}: ${target.eventTitle}` : target.entryName;
  const title = `Correction: ${what}`.slice(0, 200);
  const body = [
    `Page: ${target.url}`,
    '',
    'What is wrong or missing:',
    '',
    'Source (outlet, date and address) for the correction:',
    '',
  ].join('\n');
  if (channels.repoUrl) {
    const query = new URLSearchParams({ title, body, labels: 'correction' });
    return `${channels.repoUrl.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
  }
  if (channels.contactEmail) {
    // mailto: wants %20 for spaces, not "+": encodeURIComponent, not URLSearchParams.
    return `mailto:${channels.contactEmail}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return undefined;
}
