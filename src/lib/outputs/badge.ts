import { makeBadge } from 'badge-maker';
import type { Kind } from '../kinds.ts';
import { STATUS_COLORS, STATUS_INFO, STATUSES, statusLabel, type Status } from '../status.ts';

/** Dark enough for white text (WCAG AA): the light theme's status text colours. */
export const BADGE_COLOR = Object.fromEntries(STATUSES.map((s) => [s, STATUS_COLORS[s].light.text])) as Record<
  Status,
  string
>;

/**
 * A small embeddable SVG badge in the style of status badges on README files: "Huawei in <country>
 * | ✕ Banned", or for a company "<company> | ✕ Cut ties with Huawei". Drawn by shields.io's own
 * badge-maker, which measures the text with Verdana's real widths, so long and accented names fit.
 */
export function renderBadge(name: string, status: Status, kind: Kind): string {
  return makeBadge({
    label: kind === 'companies' ? name : `Huawei in ${name}`,
    message: `${STATUS_INFO[status].symbol} ${statusLabel(status, kind)}`,
    color: BADGE_COLOR[status],
  });
}
