import countries from 'i18n-iso-countries';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderWorldMapSvg } from '../../src/lib/map/render-svg.ts';
import { clear, insideRings, largestSquare, layoutDots, type Ring } from '../../src/lib/map/targets.ts';
import { buildWorldMap, MAP_VIEWS, MIN_TARGET_PX, targetSize, type MapCoverage } from '../../src/lib/map/world-map.ts';

const square = (x: number, y: number, side: number): Ring => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
];

describe('the inside of a shape', () => {
  it('counts holes and islands by the even–odd rule', () => {
    const donut = [square(0, 0, 10), square(3, 3, 4)];
    expect(insideRings(1, 1, donut)).toBe(true);
    expect(insideRings(5, 5, donut)).toBe(false);
    expect(insideRings(5, 5, [...donut, square(4, 4, 2)])).toBe(true);
    expect(insideRings(11, 5, donut)).toBe(false);
  });

  it('finds the largest square inside, on the sampling grid', () => {
    expect(largestSquare([square(0, 0, 100)], 10)).toEqual({ x: 50, y: 50, side: 90 });
    // A 100 × 30 bar holds a square about 30 across, wherever it is along the bar.
    const bar = largestSquare(
      [
        [
          [0, 0],
          [100, 0],
          [100, 30],
          [0, 30],
        ],
      ],
      5,
    )!;
    expect(bar.side).toBe(25);
    expect(bar.y).toBe(15);
    // An L: the square sits in the thick part.
    const l: Ring = [
      [0, 0],
      [40, 0],
      [40, 10],
      [10, 10],
      [10, 40],
      [0, 40],
    ];
    expect(largestSquare([l], 2)!.side).toBeLessThanOrEqual(10);
    expect(largestSquare([square(0, 0, 1)], 5)).toBeUndefined();
    expect(largestSquare([], 5)).toBeUndefined();
  });
});

describe('laying out dots', () => {
  const frame = { width: 200, height: 100, size: 20 };

  it('leaves a dot with room on its anchor', () => {
    expect(layoutDots([[50, 50]], [], frame)).toEqual({ positions: [[50, 50]], settled: true });
  });

  it('moves dots apart so no two hit squares overlap, the first given staying put', () => {
    const anchors = [
      [100, 50],
      [100, 50],
      [104, 52],
      [98, 47],
    ] as const;
    const { positions, settled } = layoutDots(anchors, [], frame);
    expect(settled).toBe(true);
    expect(positions[0]).toEqual([100, 50]);
    expect(clear(positions, [], frame)).toBe(true);
    // Each goes no further than it must: one square's width and the gap, or a diagonal of it.
    for (const [i, [x, y]] of positions.entries())
      expect(Math.hypot(x - anchors[i]![0], y - anchors[i]![1])).toBeLessThanOrEqual(2 * (frame.size + 2));
    // The same input gives the same layout.
    expect(layoutDots(anchors, [], frame).positions).toEqual(positions);
  });

  it('keeps squares inside the frame and off the reserved squares', () => {
    const reserved = [{ x: 60, y: 30, side: 20 }];
    const { positions, settled } = layoutDots(
      [
        [0, 0],
        [60, 30],
        [199, 99],
      ],
      reserved,
      frame,
    );
    expect(settled).toBe(true);
    expect(clear(positions, reserved, frame)).toBe(true);
    expect(positions[0]).toEqual([10, 10]);
    expect(positions[2]).toEqual([190, 90]);
  });

  it('says so when there is no room at all', () => {
    const anchors = Array.from({ length: 60 }, () => [100, 50] as const);
    expect(layoutDots(anchors, [], frame).settled).toBe(false);
    expect(clear([[5, 5]], [], frame)).toBe(false);
  });
});

describe('the Europe inset as a set of tap targets', () => {
  // The worst case: every state of the atlas owned (an entry or a coverage mark), so every one is a target.
  const every: MapCoverage[] = [...Object.keys(countries.getAlpha2Codes()), 'XK'].map((iso2) => ({
    iso2,
    name: iso2,
    state: 'not-researched',
    url: `/coverage/#${iso2}`,
  }));
  const map = buildWorldMap([], { view: 'europe', coverage: every });
  const size = map.targetSize;

  it('makes a target at least 24 CSS px across when Europe is drawn at its narrowest', () => {
    const { width, minWidth } = MAP_VIEWS.europe;
    expect(size).toBe(targetSize('europe'));
    expect((size * minWidth) / width).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  });

  it('gives every state whose shape is under a target either way a dot, and every dot a clear square', () => {
    const dotted = new Set(map.markers.map((m) => m.coverage!.iso2));
    for (const shape of map.shapes.filter((s) => s.coverage)) {
      const xs = [...shape.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const w = Math.max(...xs.map((p) => p[0]!)) - Math.min(...xs.map((p) => p[0]!));
      const h = Math.max(...xs.map((p) => p[1]!)) - Math.min(...xs.map((p) => p[1]!));
      if (w < size - 0.5 || h < size - 0.5) expect(dotted.has(shape.coverage!.iso2), shape.coverage!.iso2).toBe(true);
    }
    expect(map.markers.length).toBeGreaterThan(15);
    // The states with no shape at this scale have one too.
    expect([...dotted]).toEqual(expect.arrayContaining(['AD', 'LI', 'MC', 'MT', 'SM', 'VA']));
    const centres = map.markers.map((m) => [m.x, m.y] as const);
    expect(clear(centres, map.reserved, { width: map.width, height: map.height, size })).toBe(true);
  });

  it('keeps each dot near its state: most on it, none across the map', () => {
    const moved = map.markers.map((m) => Math.hypot(m.x - m.anchor.x, m.y - m.anchor.y));
    expect(moved.filter((d) => d > 6 * size)).toEqual([]);
    expect(moved.filter((d) => d <= size).length).toBeGreaterThan(moved.length / 2);
  });

  it('draws each dot with a hit square of the target size, and a line to a state it moved away from', () => {
    const svg = parse(renderWorldMapSvg(map, { title: 'Europe', idPrefix: 'eu' }));
    const markers = svg.querySelectorAll('a.map-marker');
    expect(markers).toHaveLength(map.markers.length);
    for (const [i, a] of markers.entries()) {
      const m = map.markers[i]!;
      const hit = a.querySelector('rect.map-hit')!;
      expect(Number(hit.getAttribute('width'))).toBe(size);
      expect(Number(hit.getAttribute('x')) + size / 2).toBeCloseTo(m.x, 0);
      const leader = a.querySelector('.map-leader');
      expect(leader !== null, m.coverage!.iso2).toBe(Math.hypot(m.x - m.anchor.x, m.y - m.anchor.y) > 6);
      // A line never takes a tap meant for another dot.
      if (leader) expect(leader.getAttribute('pointer-events')).toBe('none');
    }
  });

  it('leaves the world view without dots: its states are listed or drawn', () => {
    const world = buildWorldMap([], { coverage: every });
    expect(world.markers).toEqual([]);
    expect(world.reserved).toEqual([]);
  });
});
