import { formatDate } from './dates.ts';

/** What a citation needs: kept small so it can be unit-tested without a whole view model. */
export interface CiteInput {
  siteName: string;
  /** Absolute URL of the entry, or of the event (with its #fragment). */
  url: string;
  entryName: string;
  /** The event's title and date, when citing one event. */
  event?: { title: string; date: string; approximate?: boolean | undefined };
  /** When the entry was last reviewed; undefined until it has been. */
  lastVerified: string | undefined;
}

export interface Citation {
  text: string;
  wiki: string;
}

function title({ entryName, event }: CiteInput): string {
  return event ? `${entryName}: ${event.title}` : entryName;
}

/** Values inside a wiki template: a bare "|" would start a new parameter, "}}" would close the template. */
export function wikiValue(value: string): string {
  return value.replaceAll('}}', '} }').replaceAll('|', '{{!}}').replace(/\s+/g, ' ').trim();
}

/**
 * A plain-text citation and a Wikipedia {{cite web}}. The page's date is its last-verified date;
 * an event's own date goes in the title, so the reader sees what happened when.
 */
export function citation(input: CiteInput): Citation {
  const t = title(input);
  const eventDate = input.event ? formatDate(input.event.date, input.event.approximate ?? false) : undefined;
  const verified = input.lastVerified === undefined ? undefined : formatDate(input.lastVerified);
  const text = [
    `“${t}”${eventDate ? ` (${eventDate})` : ''}.`,
    `${input.siteName}.`,
    verified ? `Last verified ${verified}.` : 'Not yet verified.',
    input.url,
  ].join(' ');
  const wikiTitle = eventDate ? `${t} (${eventDate})` : t;
  const wiki = `{{cite web |url=${input.url} |title=${wikiValue(wikiTitle)} |website=${wikiValue(input.siteName)} ${verified ? `|date=${verified} ` : ''}|access-date= }}`;
  return { text, wiki };
}

/**
 * The citation of a quoted answer (a page's sentence): its title, the site, the date of the data it
 * reflects and its address, plain and as a Wikipedia {{cite web}} (the access date left to the reader).
 */
export function answerCitation({
  siteName,
  title,
  url,
  asOf,
}: {
  siteName: string;
  title: string;
  url: string;
  asOf: string;
}): Citation {
  const date = formatDate(asOf);
  return {
    text: `“${title}”. ${siteName}, data as of ${date}. ${url}`,
    wiki: `{{cite web |url=${url} |title=${wikiValue(title)} |website=${wikiValue(siteName)} |date=${date} |access-date= }}`,
  };
}
