// Each page's social card (og:image, which X reads) and its alt text, from the plan the data-file
// process draws the cards from (src/lib/share/cards.ts), so a tag always names a card that exists.
import { config } from '../config.ts';
import { pageCards, type PageCard } from '../lib/share/cards.ts';
import { SITE_NAME } from '../lib/site.ts';
import { getEntries } from './entries.ts';

let cards: Promise<(pathname: string) => PageCard> | undefined;

/** The card of the page at `pathname`: its own, its family's (a status, a kind), or the site's. */
export async function getPageCard(pathname: string): Promise<PageCard> {
  cards ??= getEntries().then((entries) =>
    pageCards(entries, { siteName: SITE_NAME, site: new URL(config.siteUrl), buildDate: config.buildDate }),
  );
  return (await cards)(pathname);
}
