// Drawing for the data-file process: element trees (src/lib/share/card.ts, src/lib/map/download.ts)
// become SVG with satori — text turned into shapes, in DejaVu Sans from @fontsource/dejavu-sans, so
// a picture looks the same on every machine and nothing is fetched — and SVG becomes PNG with sharp
// (libvips and librsvg, already installed with Astro). A cache under node_modules/.cache keeps each
// PNG by a hash of what it was drawn from, so a rebuild redraws only what changed.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { type Box, CARD_FONT, type CardNode } from '../lib/share/card.ts';

const require = createRequire(import.meta.url);

let fonts: SatoriOptions['fonts'] | undefined;
function loadFonts(): SatoriOptions['fonts'] {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: CARD_FONT,
    data: readFileSync(require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** What the drawing depends on besides its inputs: a new version of either redraws everything. */
export const DRAWING_VERSION = ['satori', 'sharp', '@fontsource/dejavu-sans']
  .map((p) => `${p} ${versionOf(p)}`)
  .join(', ');

/** An installed package's version, from the package.json above its main file (not every package exports it). */
function versionOf(name: string): string {
  let dir = dirname(require.resolve(name));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  throw new Error(`no version found for ${name}`);
}

export interface Drawn {
  svg: string;
  /** Where satori put each keyed box of the tree (the empty boxes to draw into). */
  boxes: Map<string, Box>;
}

/** Lay out and draw a tree as SVG. Without a height, the drawing is as tall as its content. */
export async function drawSvg(tree: CardNode, size: { width: number; height?: number }): Promise<Drawn> {
  const boxes = new Map<string, Box>();
  const svg = await satori(tree, {
    ...size,
    fonts: loadFonts(),
    onNodeDetected: (node) => {
      if (typeof node.key === 'string')
        boxes.set(node.key, { x: node.left, y: node.top, width: node.width, height: node.height });
    },
  });
  return { svg, boxes };
}

// One image at a time: the data files and Astro share two cores, and libvips would take both.
sharp.concurrency(1);

/** An SVG as PNG, at `scale` times its size (2 for a sharp print or a high-density screen). */
export function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * scale })
    .png()
    .toBuffer();
}

/** The PNG cache: node_modules/.cache/huawei-tracker/png/<sha256>.png, never committed. */
export class PngCache {
  readonly dir: string;
  readonly used = new Set<string>();
  hits = 0;
  misses = 0;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** The key of a drawing: a hash of everything it is drawn from. */
  static key(...parts: string[]): string {
    const h = createHash('sha256').update(DRAWING_VERSION);
    for (const p of parts) h.update('\0').update(p);
    return h.digest('hex');
  }

  /**
   * Write the PNG for `key` to `target`: from the cache when it has it (a hard link, or a copy), or
   * drawn by `draw` and kept.
   */
  async write(key: string, target: string, draw: () => Promise<Buffer>): Promise<void> {
    const cached = join(this.dir, `${key}.png`);
    this.used.add(`${key}.png`);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(cached)) {
      try {
        place(cached, target);
        const now = new Date();
        utimesSync(cached, now, now);
        this.hits += 1;
        return;
      } catch {
        // Removed meanwhile by another build's pruning: draw it again.
      }
    }
    const png = await draw();
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    place(partial, cached, true);
    rmSync(partial, { force: true });
    writeFileSync(target, png);
    this.misses += 1;
  }

  /** Forget the drawings this build did not use and nobody used for a day (the cache tracks the last builds). */
  prune(now = Date.now()): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (this.used.has(name)) continue;
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs > 24 * 3600 * 1000) {
          rmSync(path, { force: true });
          removed += 1;
        }
      } catch {
        // Gone already.
      }
    }
    return removed;
  }
}

function place(from: string, to: string, replace = false): void {
  if (replace) rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The cache folder of a project: node_modules/.cache/huawei-tracker/png. */
export function pngCacheDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.cache', 'huawei-tracker', 'png');
}
