// A social card: the 1200 × 630 picture a link preview shows (og:image, twitter:image). This module
// says what a card holds and lays it out as an element tree; src/build/draw.ts draws the tree with
// satori and turns it into a PNG. Pure: the same inputs give the same tree, and so the same picture.
import { STATUS_COLORS, STATUS_INFO, STATUSES, type Status } from '../status.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The one font family the cards and map downloads are drawn in (shipped by @fontsource/dejavu-sans). */
export const CARD_FONT = 'DejaVu Sans';

/** What a card says. Every text is ready to print; the card formats nothing itself. */
export interface CardModel {
  /** The small line above the heading: "Country", "Status", "Group of countries", "Map". */
  eyebrow: string;
  /** The name: of the entry, status, group or map. */
  heading: string;
  /** A status badge (symbol and word) with the label this kind of entry uses. */
  badge?: { status: Status; label: string } | undefined;
  /** Lines under the heading or the badge: "since 20 October 2020", "12 countries · 3 companies". */
  lines: readonly string[];
  /** A map drawn beside the text (in the box keyed `MAP_KEY`), and what it shows, for the alt text. */
  map?: { alt: string } | undefined;
  /** "6 December 2026": the date of the data. */
  dataDate: string;
  siteName: string;
  /** The site's address as readers type it: "huawei-tracker.example.org". */
  siteHost: string;
}

/** A node of the element tree satori draws: the shape of a React element, without React. */
export interface CardNode {
  type: 'div' | 'span';
  /** Names a box that src/build fills after layout (the map, a legend swatch): see `placeholders`. */
  key?: string;
  props: { style: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const el = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

const TEXT = '#1b1f24';
const MUTED = '#57606a';
const PAD = 64;

/** The width of the text beside a map; the map takes the rest. */
const MAP_TEXT_WIDTH = 320;

/** An empty box of the layout that is drawn into afterwards, named by its key. */
export function placeholder(key: string, style: CardNode['props']['style']): CardNode {
  return { type: 'div', key, props: { style: { display: 'flex', ...style } } };
}

/** The key of the box a card's map is drawn in. */
export const MAP_KEY = 'map';

/** The heading's size: long names get a smaller font, so every name fits in three lines. */
export function headingSize(heading: string, withMap = false): number {
  const n = [...heading].length;
  if (withMap) return n <= 10 ? 52 : n <= 20 ? 40 : 32;
  return n <= 16 ? 88 : n <= 28 ? 72 : n <= 48 ? 56 : 44;
}

function badge({ status, label }: NonNullable<CardModel['badge']>, size: number): CardNode {
  const colors = STATUS_COLORS[status].light;
  return el(
    {
      display: 'flex',
      alignItems: 'center',
      alignSelf: 'flex-start',
      gap: Math.round(size * 0.4),
      padding: `${Math.round(size * 0.2)}px ${Math.round(size * 0.5)}px`,
      borderRadius: 12,
      border: `3px solid ${colors.text}`,
      background: colors.bg,
      color: colors.text,
      fontSize: size,
      fontWeight: 700,
    },
    [el({ display: 'flex' }, STATUS_INFO[status].symbol), el({ display: 'flex' }, label)],
  );
}

/** The card as an element tree of `CARD_WIDTH` × `CARD_HEIGHT`. */
export function cardTree(card: CardModel): CardNode {
  const accent = card.badge ? STATUS_COLORS[card.badge.status].light.fill : '#0a57b8';
  const withMap = card.map !== undefined;
  const size = headingSize(card.heading, withMap);
  const body = el(
    {
      display: 'flex',
      flexDirection: 'column',
      gap: withMap ? 20 : 28,
      width: withMap ? MAP_TEXT_WIDTH : CARD_WIDTH - 2 * PAD,
    },
    [
      el({ display: 'flex', fontSize: withMap ? 26 : 30, color: MUTED }, card.eyebrow),
      el(
        { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1, color: TEXT, lineClamp: 3 },
        card.heading,
      ),
      ...(card.badge ? [badge(card.badge, withMap ? 28 : 40)] : []),
      ...card.lines.map((line) =>
        el({ display: 'flex', fontSize: withMap ? 24 : 36, lineHeight: 1.3, color: MUTED, lineClamp: 3 }, line),
      ),
    ],
  );
  const footer = el(
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'flex-end',
      fontSize: 26,
      color: MUTED,
      borderTop: '2px solid #d0d7de',
      paddingTop: 18,
    },
    [
      el({ display: 'flex', gap: 16 }, [
        el({ display: 'flex', fontWeight: 700, color: TEXT }, card.siteName),
        el({ display: 'flex' }, card.siteHost),
      ]),
      el({ display: 'flex' }, `Data as of ${card.dataDate}`),
    ],
  );
  const main = withMap
    ? el({ display: 'flex', flexGrow: 1, gap: 24, paddingBottom: 24 }, [
        body,
        placeholder(MAP_KEY, { flexGrow: 1, alignSelf: 'stretch' }),
      ])
    : body;
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PAD - 16}px ${PAD}px 36px`,
      background: '#ffffff',
      borderTop: `16px solid ${accent}`,
      fontFamily: CARD_FONT,
      color: TEXT,
    },
    [main, footer],
  );
}

/** A status symbol before its count ("✕ 3 banned"): a screen reader would read out its Unicode name. */
const SYMBOLS = new RegExp(`(?<=^|· )[${STATUSES.map((st) => STATUS_INFO[st].symbol).join('')}] `, 'gu');

/** What the card shows, as sentences: its alt text (the symbols left out, the words kept). */
export function cardAlt(card: CardModel): string {
  const sentence = (t: string) => {
    const text = t.replace(SYMBOLS, '').trim();
    return text ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : '';
  };
  const head = card.badge ? `${card.heading} — ${card.badge.label}` : card.heading;
  const parts = [sentence(head), ...card.lines.map(sentence), card.map ? sentence(card.map.alt) : ''];
  const from = `${card.eyebrow} card from ${card.siteName} (${card.siteHost}), data as of ${card.dataDate}.`;
  return [...parts, from].filter(Boolean).join(' ');
}
