// "Suggest a correction": the repository's correction form (.github/ISSUE_TEMPLATE/correction.yml),
// prefilled with the entry, the event and the page, when a repository is configured; an e-mail when
// only a corrections address is. A build to publish always has one of the two (src/lib/config.ts).

/** The issue form for corrections, in .github/ISSUE_TEMPLATE/. */
export const CORRECTION_TEMPLATE = 'correction.yml';

export interface CorrectionTarget {
  /** The entry's name, and the event's id and title when the correction concerns one event. */
  entryName: string;
  eventId?: string | undefined;
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
    // GitHub fills an issue form's fields from query parameters named by the fields' ids; the form
    // sets the labels. An event is named by its id, which the page address also carries: every event
    // of a long timeline has this link, so it stays short.
    const query = new URLSearchParams({
      template: CORRECTION_TEMPLATE,
      title: target.eventId ? `Correction: ${target.entryName}` : title,
      entry: target.entryName,
      ...(target.eventId ? { event: target.eventId } : target.eventTitle ? { event: target.eventTitle } : {}),
      page: target.url,
    });
    return `${channels.repoUrl.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
  }
  if (channels.contactEmail) {
    // mailto: wants %20 for spaces, not "+": encodeURIComponent, not URLSearchParams.
    return `mailto:${channels.contactEmail}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return undefined;
}
