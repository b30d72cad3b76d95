// Paths of what the site gives others to show: social cards, map downloads and embeddable pages.
// Beside `urls` (src/lib/urls.ts, the pages) and `dataUrls` (src/lib/api/urls.ts, the data files).
import type { Kind } from '../kinds.ts';
import type { Scope } from '../schema/index.ts';
import type { Status } from '../status.ts';

/** A map that can be downloaded: the world or Europe, for the headline status or for one part. */
export interface MapRef {
  scope?: Scope | undefined;
  view: 'world' | 'europe';
}

const mapBase = (scope: Scope | undefined) => (scope ? `/map/${scope}/` : '/map/');

export const shareUrls = {
  /** An entry's own social card. */
  entryCard: (kind: Kind, slug: string) => `/cards/${kind}/${slug}.png`,
  /** The card shared by the entries of one kind and status that have none of their own. */
  sharedCard: (kind: Kind, status: Status) => `/cards/${kind}/_${status}.png`,
  statusCard: (status: Status) => `/cards/status/${status}.png`,
  groupCard: (slug: string) => `/cards/groups/${slug}.png`,
  mapCard: (scope?: Scope) => (scope ? `/cards/map/${scope}.png` : '/cards/map.png'),
  /** The home page's card, which every other page shares. */
  siteCard: () => '/cards/site.png',
  /** A map as a picture to download, with its title, legend, date and credit. */
  mapDownload: ({ scope, view }: MapRef, format: 'svg' | 'png') => `${mapBase(scope)}${view}.${format}`,
  /** The map's page, where the download links and the embed code are. */
  mapPage: (scope?: Scope) => mapBase(scope),
  embedMap: (scope?: Scope) => (scope ? `/embed/map/${scope}/` : '/embed/map/'),
  embedEntry: (kind: Kind, slug: string) => `/embed/${kind}/${slug}/`,
  /** The stylesheet of the entries' embeddable cards. */
  embedCss: () => '/embed/embed.css',
};
