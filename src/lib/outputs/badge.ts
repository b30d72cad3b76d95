import { escapeXml } from '../escape.ts';
import { STATUS_COLORS, STATUS_INFO, STATUSES, type Status } from '../status.ts';

/** Dark enough for white text (WCAG AA): the light theme's status text colours. */
export const BADGE_COLOR = Object.fromEntries(STATUSES.map((s) => [s, STATUS_COLORS[s].light.text])) as Record<
  Status,
  string
>;

/**
 * A small embeddable SVG badge, "<name> | <symbol> <status>", in the style of status badges on
 * README files. Text width is estimated (Verdana 11px averages 6.5 px a character), so no font
 * needs to be measured at build time.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[ilI.,:;'|!]/.test(ch) ? 3.5 : /[mwMW@]/.test(ch) ? 9.5 : /[A-Z]/.test(ch) ? 7.5 : 6.5;
  return Math.ceil(w);
}

export function renderBadge(name: string, status: Status): string {
  const left = `Huawei in ${name}`;
  const right = `${STATUS_INFO[status].symbol} ${STATUS_INFO[status].label}`;
  const lw = textWidth(left) + 12;
  const rw = textWidth(right) + 12;
  const w = lw + rw;
  const label = `${left}: ${STATUS_INFO[status].label}`;
  const text = (x: number, s: string) =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(s)}</text><text x="${x}" y="14">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${rw}" height="20" fill="${BADGE_COLOR[status]}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">`,
    text(lw / 2, left),
    text(lw + rw / 2, right),
    `</g></svg>`,
  ].join('');
}
