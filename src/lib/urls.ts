import type { Status } from './status.ts';
import { compareUrl } from './compare.ts';
import type { Kind } from './kinds.ts';
import type { ListSort } from './list-sort.ts';

/** Every internal URL is built here; pages never concatenate paths themselves. */
export const urls = {
  home: () => '/',
  az: () => '/a-z/',
  letter: (letter: string) => `/a-z/${letter}/`,
  kind: (kind: Kind) => `/${kind}/`,
  /** A kind's list in an order: A to Z at the list's own URL, the others under it (`/countries/by/status/`). */
  kindSorted: (kind: Kind, sort: ListSort) => (sort === 'name' ? `/${kind}/` : `/${kind}/by/${sort}/`),
  entry: (kind: Kind, slug: string) => `/${kind}/${slug}/`,
  event: (kind: Kind, slug: string, eventId: string) => `/${kind}/${slug}/#${eventId}`,
  statusIndex: () => '/status/',
  status: (status: Status) => `/status/${status}/`,
  timeline: () => '/timeline/',
  year: (year: number | string) => `/timeline/${year}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  about: () => '/about/',
  methodology: () => '/methodology/',
  coverage: () => '/coverage/',
  changes: () => '/changes/',
  // Written in compare.ts, so the compare script can build its links without this whole table.
  compare: compareUrl,
  groups: () => '/groups/',
  group: (slug: string) => `/groups/${slug}/`,
  mapScope: (scope: string) => `/map/${scope}/`,
  map: () => '/map/',
  mapImage: () => '/map.svg',
  mapImageDark: () => '/map-dark.svg',
  asOfIndex: () => '/as-of/',
  asOf: (year: number | string) => `/as-of/${year}/`,
  deadlines: () => '/deadlines/',
  faqIndex: () => '/faq/',
  faq: (slug: string) => `/faq/${slug}/`,
};
