/**
 * Tap targets on a map drawn for phones: every state a reader can select must offer a square of at
 * least 24 × 24 CSS pixels that is its own. A shape big enough keeps a square inside itself free;
 * a smaller one gets a dot whose hit square is that size, moved just far enough that no two hit
 * squares and no reserved square overlap (a leader line then joins the dot to its state). All in the
 * map's own units; no geography here, only rings of points.
 */

export type Point = readonly [number, number];
export type Ring = readonly Point[];

/** A square by its centre and side, in map units. */
export interface Square {
  x: number;
  y: number;
  side: number;
}

/** Even–odd rule over every ring, so holes and islands count right. */
export function insideRings(x: number, y: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The largest axis-aligned square inside a shape, found on a grid of sample points `step` apart: a
 * k × k block of samples all inside is a square of side (k − 1) × step. Undefined when no sample is
 * inside (a shape smaller than the grid).
 */
export function largestSquare(rings: readonly Ring[], step: number): Square | undefined {
  const points = rings.flat();
  if (points.length === 0) return undefined;
  const x0 = Math.min(...points.map((p) => p[0]));
  const y0 = Math.min(...points.map((p) => p[1]));
  const cols = Math.floor((Math.max(...points.map((p) => p[0])) - x0) / step) + 1;
  const rows = Math.floor((Math.max(...points.map((p) => p[1])) - y0) / step) + 1;
  // run[c] for the row above, then this row: the side (in samples) of the largest block ending here.
  let above = new Array<number>(cols).fill(0);
  let best = { k: 0, row: 0, col: 0 };
  for (let r = 0; r < rows; r++) {
    const here = new Array<number>(cols).fill(0);
    for (let c = 0; c < cols; c++) {
      if (!insideRings(x0 + (c + 0.5) * step, y0 + (r + 0.5) * step, rings)) continue;
      here[c] = 1 + Math.min(above[c]!, c > 0 ? here[c - 1]! : 0, c > 0 ? above[c - 1]! : 0);
      if (here[c]! > best.k) best = { k: here[c]!, row: r, col: c };
    }
    above = here;
  }
  if (best.k === 0) return undefined;
  // The block's samples run from (col − k + 1) to col; its centre is halfway.
  const centre = (last: number, origin: number) => origin + (last - (best.k - 1) / 2 + 0.5) * step;
  return { x: centre(best.col, x0), y: centre(best.row, y0), side: (best.k - 1) * step };
}

/**
 * Place a hit square of side `size` for each anchor, as near it as it can be, so that no two
 * overlap, none overlaps a reserved square, and all stay inside the frame. Greedy, in the order
 * given (put the states that most need their dot beside them first): each square takes the free
 * spot nearest its anchor on a grid of quarter-size steps from it. Deterministic, and it always ends;
 * a square that finds no free spot at all is left on its anchor (the layout then reports `settled:
 * false`, which the tests check never happens on the real map).
 */
export function layoutDots(
  anchors: readonly Point[],
  reserved: readonly Square[],
  frame: { width: number; height: number; size: number; gap?: number },
): { positions: Point[]; settled: boolean } {
  const { width, height, size, gap = 2 } = frame;
  const half = size / 2;
  const step = size / 4;
  const placed: Square[] = [];
  const free = (x: number, y: number) =>
    [...reserved, ...placed].every(
      (o) => Math.abs(o.x - x) >= (o.side + size) / 2 + gap || Math.abs(o.y - y) >= (o.side + size) / 2 + gap,
    );
  const inside = (v: number, max: number) => Math.min(Math.max(v, half), max - half);
  // The nearest free spot: search a box around the anchor, twice as wide each time, until the best
  // spot in it is nearer than anything outside it could be.
  const nearest = (ax: number, ay: number) => {
    for (let reach = 4; ; reach *= 2) {
      const candidates: { x: number; y: number; d: number }[] = [];
      for (let i = -reach; i <= reach; i++) {
        for (let j = -reach; j <= reach; j++) {
          const x = inside(ax + i * step, width);
          const y = inside(ay + j * step, height);
          candidates.push({ x, y, d: Math.hypot(x - ax, y - ay) });
        }
      }
      // Nearest first; equal distances in the loops' order, so the result is stable.
      const spot = candidates.sort((p, q) => p.d - q.d).find((c) => free(c.x, c.y));
      const whole = reach * step >= Math.max(width, height);
      if ((spot && spot.d <= reach * step) || whole) return spot;
    }
  };
  let settled = true;
  const positions = anchors.map(([ax, ay]): Point => {
    const spot = nearest(ax, ay);
    if (!spot) settled = false;
    const [x, y] = spot ? [spot.x, spot.y] : [inside(ax, width), inside(ay, height)];
    placed.push({ x, y, side: size });
    return [x, y];
  });
  return { positions, settled };
}

/** Whether hit squares of side `size` at these centres overlap neither each other nor a reserved square. */
export function clear(
  centres: readonly Point[],
  reserved: readonly Square[],
  frame: { width: number; height: number; size: number },
): boolean {
  const { width, height, size } = frame;
  const half = size / 2;
  const apart = (a: Point, b: Point, reach: number) =>
    Math.abs(a[0] - b[0]) >= reach - 1e-9 || Math.abs(a[1] - b[1]) >= reach - 1e-9;
  return centres.every(
    (a, i) =>
      a[0] >= half - 1e-9 &&
      a[1] >= half - 1e-9 &&
      a[0] <= width - half + 1e-9 &&
      a[1] <= height - half + 1e-9 &&
      centres.every((b, j) => j <= i || apart(a, b, size)) &&
      reserved.every((r) => apart(a, [r.x, r.y], (size + r.side) / 2)),
  );
}
