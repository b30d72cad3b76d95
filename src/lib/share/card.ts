// A social card: the 1200 × 630 picture a link preview shows (og:image, which X reads). This module
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
  /** Lines under the heading or the badge: "12 countries · 3 companies". */
  lines: readonly string[];
  /**
   * An entry's "since 20 October 2020" ('' when no event set its status), beside the badge. A card
   * with it is an entry's: drawn as the frame its kind and status share, plus its own text.
   */
  since?: string | undefined;
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

/** The keys of the boxes an entry's own text is drawn into. */
export const NAME_KEY = 'name';
export const SINCE_KEY = 'since';

const headingStyle = (size: number) => ({
  display: 'flex',
  fontSize: size,
  fontWeight: 700,
  lineHeight: 1.1,
  color: TEXT,
  lineClamp: 3,
});
const sinceStyle = { display: 'flex', alignItems: 'center', fontSize: 36, color: MUTED, height: 48 };

/**
 * The card as an element tree of `CARD_WIDTH` × `CARD_HEIGHT`. An entry's card (one with `since`) can
 * be laid out whole, or as its `frame`: everything but the name and the "since", whose boxes are left
 * empty (keys NAME_KEY, SINCE_KEY) — the part that every entry of a kind and status shares, drawn once;
 * `cardTextTree` then draws the entry's own text into those boxes.
 */
export function cardTree(card: CardModel, part: 'all' | 'frame' = 'all'): CardNode {
  const accent = card.badge ? STATUS_COLORS[card.badge.status].light.fill : '#0a57b8';
  const withMap = card.map !== undefined;
  const size = headingSize(card.heading, withMap);
  const entry = card.since !== undefined;
  const frame = part === 'frame' && entry;
  const heading = frame
    ? placeholder(NAME_KEY, { flexGrow: 1, alignSelf: 'stretch' })
    : el({ ...headingStyle(size), ...(entry ? { flexGrow: 1 } : {}) }, card.heading);
  const badgeRow = entry
    ? [
        el({ display: 'flex', alignItems: 'center', gap: 28 }, [
          ...(card.badge ? [badge(card.badge, 40)] : []),
          frame
            ? placeholder(SINCE_KEY, { flexGrow: 1, height: 48 })
            : el({ ...sinceStyle, flexGrow: 1 }, card.since ?? ''),
        ]),
      ]
    : card.badge
      ? [badge(card.badge, withMap ? 28 : 40)]
      : [];
  const body = el(
    {
      display: 'flex',
      flexDirection: 'column',
      gap: withMap ? 20 : 28,
      width: withMap ? MAP_TEXT_WIDTH : CARD_WIDTH - 2 * PAD,
      ...(entry ? { flexGrow: 1, paddingBottom: 32 } : {}),
    },
    [
      el({ display: 'flex', fontSize: withMap ? 26 : 30, color: MUTED }, card.eyebrow),
      heading,
      ...badgeRow,
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

/** A box of a laid-out drawing, in its pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An entry's own text — its name and its "since" — alone on a transparent card-sized canvas, each in
 * the box the frame left for it (`cardTree(card, 'frame')`, laid out): drawn over the frame, it gives
 * the same picture as the whole card.
 */
export function cardTextTree(card: CardModel, boxes: { name: Box; since: Box }): CardNode {
  const at = (b: Box) => ({ position: 'absolute', left: b.x, top: b.y, width: b.width, height: b.height });
  return el({ width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', position: 'relative', fontFamily: CARD_FONT }, [
    el({ ...headingStyle(headingSize(card.heading)), ...at(boxes.name) }, card.heading),
    ...(card.since ? [el({ ...sinceStyle, ...at(boxes.since) }, card.since)] : []),
  ]);
}

/**
 * Two drawings of the same size as one: `over`'s shapes on top of `under`'s. Satori names its masks
 * and clip paths the same way in every drawing, so `over`'s ids are renamed.
 */
export function overlaySvg(under: string, over: string): string {
  const open = /^<svg\b[^>]*>/.exec(over);
  if (!open || !over.endsWith('</svg>') || !under.endsWith('</svg>')) throw new Error('overlaySvg: not SVG documents');
  const inner = over.slice(open[0].length, -'</svg>'.length).replace(/\bsatori_/g, 'satori_over_');
  return `${under.slice(0, -'</svg>'.length)}${inner}</svg>`;
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
  const parts = [
    sentence(card.since ? `${head}, ${card.since}` : head),
    ...card.lines.map(sentence),
    card.map ? sentence(card.map.alt) : '',
  ];
  const from = `${card.siteName}, data as of ${card.dataDate}.`;
  return [...parts, from].filter(Boolean).join(' ');
}
