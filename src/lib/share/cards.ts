// Which social card each page has, and what each card says. One plan for both processes of the
// build: Astro's pages read it for their og:image tags (src/data/cards.ts), and the data-file
// process draws the PNGs it lists (src/build/draw-cards.ts), so a tag never points at a card that
// was not drawn.
import { countByStatus, countOf, KIND_UNIT } from '../counts.ts';
import { formatDate } from '../dates.ts';
import { GROUPS, groupMembers } from '../groups.ts';
import { KIND_INFO, KINDS, type Kind } from '../kinds.ts';
import { MAP_SCOPES } from '../map/scopes.ts';
import { SCOPE_LABELS, SCOPE_SHORT, scopeInSentence, type Scope } from '../scopes.ts';
import { STATUS_INFO, STATUSES, statusLabel, type Status } from '../status.ts';
import { urls } from '../urls.ts';
import { cardAlt, type CardModel } from './card.ts';
import type { EntryView } from '../entries.ts';
import { scopeRows } from '../map/map-data.ts';
import { shareUrls } from './urls.ts';

/** What the plan needs of an entry. */
export interface CardEntry {
  kind: Kind;
  slug: string;
  url: string;
  name: string;
  iso2: string | undefined;
  status: Status;
  sinceEvent?: { date: string; approximate?: boolean | undefined } | undefined;
}

export interface CardContext {
  siteName: string;
  /** The site's address: its host is printed on every card. */
  site: URL;
  /** The date of the data (the build date), YYYY-MM-DD. */
  buildDate: string;
}

/** A card to draw: its path in the built site, what it says, and the map it shows, if any. */
export interface CardSpec {
  path: string;
  model: CardModel;
  /** The map drawn on it: the world by headline status, or by the status for one part. */
  map?: { scope?: Scope | undefined } | undefined;
}

/** A page's card, as its head tags name it. */
export interface PageCard {
  url: string;
  alt: string;
}

/**
 * Whether an entry's kind and status earn it a card of its own. Countries and organizations do; a
 * company does when it made a decision about Huawei (cut ties, limits, reviewing). The others —
 * companies that work with Huawei or decided nothing — share one card per kind and status.
 */
export function deservesOwnCard(entry: Pick<CardEntry, 'kind' | 'status'>): boolean {
  return entry.kind !== 'companies' || STATUS_INFO[entry.status].decision;
}

/**
 * At most this many entries get a card of their own in one build. A card costs about 15–20 ms of CPU
 * to draw, on the core the data files share with Astro: 500 cost about 9 s, where the 6,965 cards of
 * the 10,000-entry benchmark cost 128 s (docs/PERFORMANCE.md). The real record (about 270 such
 * entries) is far below it.
 */
export const OWN_CARD_LIMIT = 500;

const KIND_PRIORITY: Record<Kind, number> = { countries: 0, organizations: 1, companies: 2 };

/**
 * The entries with a card of their own (by URL): those that deserve one, countries first, then
 * organizations, then companies, and within a kind the most recent status first — up to `limit`.
 */
export function ownCardEntries(entries: readonly CardEntry[], limit = OWN_CARD_LIMIT): Set<string> {
  const since = (e: CardEntry) => e.sinceEvent?.date ?? '';
  const ranked = entries
    .filter(deservesOwnCard)
    .sort(
      (a, b) =>
        KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] ||
        (since(a) < since(b) ? 1 : since(a) > since(b) ? -1 : 0) ||
        (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
    );
  return new Set(ranked.slice(0, limit).map((e) => e.url));
}

const frame = (ctx: CardContext) => ({
  dataDate: formatDate(ctx.buildDate),
  siteName: ctx.siteName,
  siteHost: ctx.site.host,
});

export function entryCard(entry: CardEntry, ctx: CardContext): CardModel {
  const since = entry.sinceEvent;
  return {
    eyebrow: KIND_INFO[entry.kind].singular,
    heading: entry.name,
    badge: { status: entry.status, label: statusLabel(entry.status, entry.kind) },
    lines: [],
    since: since ? `since ${formatDate(since.date, since.approximate ?? false)}` : '',
    ...frame(ctx),
  };
}

/** The card of the entries of one kind and status that have none of their own. */
export function sharedCard(kind: Kind, status: Status, count: number, ctx: CardContext): CardModel {
  return {
    eyebrow: KIND_INFO[kind].singular,
    heading: KIND_INFO[kind].label,
    badge: { status, label: statusLabel(status, kind) },
    lines: [`${countOf(count, KIND_UNIT[kind])} with this status`],
    ...frame(ctx),
  };
}

function statusCard(status: Status, entries: readonly CardEntry[], ctx: CardContext): CardModel {
  const n = (kind: Kind) => entries.filter((e) => e.kind === kind && e.status === status).length;
  const info = STATUS_INFO[status];
  return {
    eyebrow: 'Status',
    heading: info.longLabel,
    badge: { status, label: info.label },
    lines: [
      `${countOf(n('countries'), 'country')} · ${countOf(n('organizations'), 'organization')}`,
      `${countOf(n('companies'), 'company')}: “${info.companyLabel}”`,
    ],
    ...frame(ctx),
  };
}

/** "✕ 3 banned · ◐ 2 restricted": statuses present, in vocabulary order, each with its symbol. */
function statusTally(entries: readonly { status: Status }[]): string[] {
  const counts = countByStatus(entries);
  return STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${STATUS_INFO[s].symbol} ${counts[s]} ${STATUS_INFO[s].label.toLowerCase()}`,
  );
}

function groupCard(group: (typeof GROUPS)[number], entries: readonly CardEntry[], ctx: CardContext): CardModel {
  const members = groupMembers(group, entries);
  const withEntry = members.flatMap((m) => (m.entry ? [m.entry] : []));
  const missing = members.length - withEntry.length;
  return {
    eyebrow: 'Group, side by side',
    heading: group.name,
    lines: [
      statusTally(withEntry).join(' · '),
      ...(missing > 0 ? [`${missing} ${missing === 1 ? 'member has' : 'members have'} no entry yet`] : []),
    ],
    ...frame(ctx),
  };
}

function worldMapCard(entries: readonly CardEntry[], ctx: CardContext, home: boolean): CardModel {
  const countries = entries.filter((e) => e.kind === 'countries' && e.iso2);
  const map = { alt: 'A world map of the countries coloured and patterned by status' };
  if (home) {
    const counts = countByStatus(countries);
    return {
      eyebrow: ctx.siteName,
      heading: 'Where is Huawei banned?',
      lines: [
        `Banned in ${countOf(counts.banned, 'country')}`,
        `Restricted in ${countOf(counts.restricted, 'country')}`,
        'Every claim dated and cited',
      ],
      map,
      ...frame(ctx),
    };
  }
  return { eyebrow: 'Map', heading: 'World map', lines: statusTally(countries), map, ...frame(ctx) };
}

function scopeMapCard(scope: Scope, countries: number, ctx: CardContext): CardModel {
  const short = SCOPE_SHORT[scope];
  return {
    eyebrow: 'Map by part',
    heading: short[0]!.toUpperCase() + short.slice(1),
    lines: [SCOPE_LABELS[scope], `${countOf(countries, 'country')} with a status for this part`],
    map: { alt: `A world map of the countries coloured by their status for ${scopeInSentence(scope)}` },
    ...frame(ctx),
  };
}

/** Countries with a status for a part: what its map colours. */
export type ScopeCounts = Readonly<Record<Scope, number>>;

/** Every card of the site: one per page family that has its own, and the shared ones. */
export function cardSpecs(
  entries: readonly CardEntry[],
  scopeCounts: ScopeCounts,
  ctx: CardContext,
  own: ReadonlySet<string> = ownCardEntries(entries),
): CardSpec[] {
  const specs: CardSpec[] = [
    { path: shareUrls.siteCard(), model: worldMapCard(entries, ctx, true), map: {} },
    { path: shareUrls.mapCard(), model: worldMapCard(entries, ctx, false), map: {} },
    ...MAP_SCOPES.map((scope) => ({
      path: shareUrls.mapCard(scope),
      model: scopeMapCard(scope, scopeCounts[scope], ctx),
      map: { scope },
    })),
    ...STATUSES.map((status) => ({ path: shareUrls.statusCard(status), model: statusCard(status, entries, ctx) })),
    ...GROUPS.map((group) => ({ path: shareUrls.groupCard(group.slug), model: groupCard(group, entries, ctx) })),
  ];
  for (const kind of KINDS)
    for (const status of STATUSES) {
      const shared = entries.filter((e) => e.kind === kind && e.status === status);
      if (shared.some((e) => !own.has(e.url)))
        specs.push({ path: shareUrls.sharedCard(kind, status), model: sharedCard(kind, status, shared.length, ctx) });
    }
  for (const e of entries)
    if (own.has(e.url)) specs.push({ path: shareUrls.entryCard(e.kind, e.slug), model: entryCard(e, ctx) });
  return specs;
}

/** The path of the card a page shows: its own, its family's, or the site's. */
export function cardPathFor(
  pathname: string,
  entryByUrl: ReadonlyMap<string, CardEntry>,
  own: ReadonlySet<string>,
): string {
  const entry = entryByUrl.get(pathname);
  if (entry)
    return own.has(entry.url)
      ? shareUrls.entryCard(entry.kind, entry.slug)
      : shareUrls.sharedCard(entry.kind, entry.status);
  if (pathname === urls.home()) return shareUrls.siteCard();
  if (pathname === urls.map()) return shareUrls.mapCard();
  const scope = MAP_SCOPES.find((s) => pathname === urls.mapScope(s));
  if (scope) return shareUrls.mapCard(scope);
  const status = STATUSES.find((s) => pathname.startsWith(urls.status(s)));
  if (status) return shareUrls.statusCard(status);
  const group = GROUPS.find((g) => pathname === urls.group(g.slug));
  if (group) return shareUrls.groupCard(group.slug);
  return shareUrls.siteCard();
}

/** The plan of a build: every card, from the entries as pages see them. */
export function cardPlan(
  views: readonly EntryView[],
  ctx: CardContext,
  own: ReadonlySet<string> = ownCardEntries(views),
): CardSpec[] {
  const counts = Object.fromEntries(MAP_SCOPES.map((s) => [s, scopeRows(views, s).length])) as Record<Scope, number>;
  return cardSpecs(views, counts, ctx, own);
}

/** Every page's card by its path, for the head tags: `cardFor(pathname)`. */
export function pageCards(views: readonly EntryView[], ctx: CardContext): (pathname: string) => PageCard {
  const own = ownCardEntries(views);
  const specs = new Map(cardPlan(views, ctx, own).map((s) => [s.path, s]));
  const byUrl = new Map(views.map((v) => [v.url, v]));
  return (pathname) => {
    const path = cardPathFor(pathname, byUrl, own);
    const spec = specs.get(path);
    if (!spec) throw new Error(`${pathname}: its card ${path} is not in the plan`);
    return { url: path, alt: cardAlt(spec.model) };
  };
}
