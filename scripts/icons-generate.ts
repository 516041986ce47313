// Draws the two Teams app icons (a light bulb with rays) and writes them to deployment/appPackage.
// Run `npx tsx scripts/icons-generate.ts` after changing the drawing; commit the PNGs.
// Teams requires color.png 192x192 (full-bleed background) and outline.png 32x32 (white on
// transparent). The drawing is deterministic, so a test can check that the committed files match.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

/** Background of the color icon; the manifest's accentColor uses the same value. */
export const ICON_BACKGROUND_HEX = '#005A9C';
export const ICON_DIR = path.resolve(__dirname, '..', 'deployment', 'appPackage');
export const COLOR_ICON = { file: 'color.png', size: 192 } as const;
export const OUTLINE_ICON = { file: 'outline.png', size: 32 } as const;

type Point = readonly [number, number];

/** Distance from p to the segment a-b; a capsule is every point closer than its half-thickness. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const BULB_CENTER: Point = [0.5, 0.42];
const BULB_RADIUS = 0.2;
/** Five short rays above the bulb, as segments from radius 0.27 to 0.35 around its centre. */
const RAYS: ReadonlyArray<readonly [Point, Point]> = [-170, -130, -90, -50, -10].map((deg) => {
  const [c, s] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
  return [
    [BULB_CENTER[0] + c * 0.27, BULB_CENTER[1] + s * 0.27],
    [BULB_CENTER[0] + c * 0.35, BULB_CENTER[1] + s * 0.35],
  ] as const;
});

/** The light bulb in unit coordinates (0..1, y down). `detail` adds the filament and screw rings. */
function insideBulb(p: Point, detail: boolean, rayHalfWidth: number): boolean {
  const [x, y] = p;
  const glass = Math.hypot(x - BULB_CENTER[0], y - BULB_CENTER[1]) <= BULB_RADIUS;
  // Neck: a trapezoid narrowing from the glass down to the screw base.
  const neckHalf = 0.13 - ((y - 0.55) / 0.13) * 0.045;
  const neck = y >= 0.55 && y <= 0.68 && Math.abs(x - 0.5) <= neckHalf;
  const band = (top: number, bottom: number, half: number) => y >= top && y <= bottom && Math.abs(x - 0.5) <= half;
  const base = detail
    ? band(0.7, 0.745, 0.085) || band(0.765, 0.81, 0.085) || band(0.83, 0.86, 0.045)
    : band(0.7, 0.81, 0.085) || band(0.81, 0.86, 0.045);
  const rays = RAYS.some(([from, to]) => segmentDistance(p, from, to) <= rayHalfWidth);
  if (!(glass || neck || base || rays)) return false;
  if (!detail) return true;
  // A four-pointed spark cut out of the glass (an astroid: sqrt|dx| + sqrt|dy| <= sqrt r).
  const spark = Math.sqrt(Math.abs(x - BULB_CENTER[0])) + Math.sqrt(Math.abs(y - BULB_CENTER[1])) <= Math.sqrt(0.11);
  return !spark;
}

/** Fraction (0..1) of the pixel covered by the shape, from a 4x4 grid of samples (anti-aliasing). */
function coverage(px: number, py: number, size: number, inside: (p: Point) => boolean): number {
  const n = 4;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (inside([(px + (i + 0.5) / n) / size, (py + (j + 0.5) / n) / size])) hits++;
    }
  }
  return hits / (n * n);
}

function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** 192x192, fully opaque: a white bulb on the accent colour, edge to edge. */
export function renderColorIcon(): PNG {
  const { size } = COLOR_ICON;
  const png = new PNG({ width: size, height: size });
  const bg = hexToRgb(ICON_BACKGROUND_HEX);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, (p) => insideBulb(p, true, 0.022));
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(bg[c]! * (1 - a) + 255 * a);
      png.data[i + 3] = 255;
    }
  }
  return png;
}

/** 32x32: white bulb, everything else fully transparent. Edge pixels are white with partial alpha. */
export function renderOutlineIcon(): PNG {
  const { size } = OUTLINE_ICON;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, (p) => insideBulb(p, false, 0.035));
      const i = (y * size + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * a);
    }
  }
  return png;
}

export function writeIcons(dir = ICON_DIR): string[] {
  const files = [
    [path.join(dir, COLOR_ICON.file), renderColorIcon()],
    [path.join(dir, OUTLINE_ICON.file), renderOutlineIcon()],
  ] as const;
  for (const [file, png] of files) writeFileSync(file, PNG.sync.write(png, { colorType: 6 }));
  return files.map(([file]) => file);
}

if (require.main === module) {
  for (const file of writeIcons()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
