import { escapeXml } from './escape.ts';
import { patternId, statusPatterns } from './map/render-svg.ts';
import { STATUS_INFO, type Status } from './status.ts';

export interface YearCounts {
  year: number;
  counts: Record<Status, number>;
  total: number;
}

/** The chart's two drawings: wide for desktops, narrow for phones, each read at about its own size. */
export const CHART_SIZES = {
  wide: { width: 720, height: 260, maxLabels: 10 },
  narrow: { width: 360, height: 220, maxLabels: 5 },
} as const;
const PAD = { top: 12, right: 8, bottom: 26, left: 34 };

/**
 * The years worth drawing: from the first in which at least 5 % of the latest total had a status.
 * A single early deal (2008) would otherwise spend a third of the axis on empty years; the as-of
 * pages still have every year.
 */
export function chartYears<T extends YearCounts>(data: readonly T[]): T[] {
  const latest = data.at(-1)?.total ?? 0;
  const floor = Math.max(1, Math.ceil(latest * 0.05));
  const first = data.findIndex((d) => d.total >= floor);
  return first < 0 ? [...data] : data.slice(first);
}

/**
 * Which bars get a year label: round years (every 1, 2, 5, 10… years), at most about `max`
 * labels, and always the last year, dropping the label before it when the two would touch.
 */
export function labelYears(years: readonly number[], max: number): Set<number> {
  if (years.length === 0) return new Set();
  const every = [1, 2, 5, 10, 20, 50].find((k) => years.length / k <= max) ?? 100;
  const picked = years.filter((y) => y % every === 0);
  const last = years.at(-1)!;
  const kept = picked.filter((y) => last - y >= every || y === last);
  return new Set([...kept, last]);
}

/** A "nice" axis maximum and step: 5, 10, 20, 25, 50… */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 5) return { top: 5, step: 1 };
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  return { top: Math.ceil(max / step) * step, step };
}

/**
 * Stacked bars: how many countries had each status at the end of each year. Drawn at build time
 * as SVG, with the same patterns as the map so status is not told by colour alone.
 */
export function renderStatusChart(
  data: readonly YearCounts[],
  statuses: readonly Status[],
  { title, idPrefix = 'chart', size = 'wide' }: { title: string; idPrefix?: string; size?: keyof typeof CHART_SIZES },
): string {
  const { width: WIDTH, height: HEIGHT, maxLabels } = CHART_SIZES[size];
  const { top, step } = niceScale(Math.max(1, ...data.map((d) => d.total)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, data.length);
  const barW = Math.max(2, band * 0.72);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const r = (n: number) => Math.round(n * 10) / 10;

  const grid: string[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${r(y(v))}" y2="${r(y(v))}" class="chart-grid"/>`);
    grid.push(`<text x="${PAD.left - 6}" y="${r(y(v)) + 4}" text-anchor="end" class="chart-label">${v}</text>`);
  }
  const labelled = labelYears(
    data.map((d) => d.year),
    maxLabels,
  );
  const bars = data.map((d, i) => {
    const x = PAD.left + i * band + (band - barW) / 2;
    let acc = 0;
    const rects = statuses
      .filter((s) => d.counts[s] > 0)
      .map((s) => {
        const y0 = y(acc + d.counts[s]);
        const h = y(acc) - y0;
        acc += d.counts[s];
        return `<rect x="${r(x)}" y="${r(y0)}" width="${r(barW)}" height="${r(h)}" fill="url(#${patternId(idPrefix, s)})" data-status="${s}" data-count="${d.counts[s]}"><title>${d.year}: ${d.counts[s]} ${escapeXml(STATUS_INFO[s].label.toLowerCase())}</title></rect>`;
      });
    const label = labelled.has(d.year)
      ? `<text x="${r(x + barW / 2)}" y="${HEIGHT - 8}" text-anchor="middle" class="chart-label">${d.year}</text>`
      : '';
    return `<g data-year="${d.year}" data-total="${d.total}">${rects.join('')}${label}</g>`;
  });
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" class="status-chart__svg status-chart__svg--${size}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${statusPatterns(idPrefix, false)}${grid.join('')}${bars.join('')}</svg>`;
}
