import { escapeXml } from './escape.ts';
import { patternId, statusPatterns } from './map/render-svg.ts';
import { STATUS_INFO, type Status } from './status.ts';

export interface YearCounts {
  year: number;
  counts: Record<Status, number>;
  total: number;
}

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { top: 12, right: 8, bottom: 26, left: 34 };

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
  { title, idPrefix = 'chart' }: { title: string; idPrefix?: string },
): string {
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
  const labelEvery = Math.ceil(data.length / 12);
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
    const label =
      i % labelEvery === 0 || i === data.length - 1
        ? `<text x="${r(x + barW / 2)}" y="${HEIGHT - 8}" text-anchor="middle" class="chart-label">${d.year}</text>`
        : '';
    return `<g data-year="${d.year}" data-total="${d.total}">${rects.join('')}${label}</g>`;
  });
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" class="status-chart__svg" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${statusPatterns(idPrefix, false)}${grid.join('')}${bars.join('')}</svg>`;
}
