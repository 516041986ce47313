import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { APP_PACKAGE_DIR } from '../../deployment/appPackage/buildManifest';
import { ICON_BACKGROUND_HEX, renderColorIcon, renderOutlineIcon } from '../../scripts/icons-generate';

const read = (file: string) => PNG.sync.read(readFileSync(path.join(APP_PACKAGE_DIR, file)));
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];

describe('app icons', () => {
  const color = read('color.png');
  const outline = read('outline.png');

  it('color.png is 192x192 and fully opaque, with the accent colour edge to edge', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.data.length; i += 4) if (color.data[i] !== 255) throw new Error(`pixel ${(i - 3) / 4} is not opaque`);
    const bg = [1, 3, 5].map((o) => parseInt(ICON_BACKGROUND_HEX.slice(o, o + 2), 16));
    for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191]] as const) expect(pixel(color, x, y)).toEqual([...bg, 255]);
  });

  it('outline.png is 32x32, white on a fully transparent background', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]] as const) expect(pixel(outline, x, y)[3]).toBe(0);
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      drawn++;
      if (r !== 255 || g !== 255 || b !== 255) throw new Error(`pixel ${i / 4} is neither white nor transparent`);
    }
    expect(drawn).toBeGreaterThan(100);
  });

  it('are the files scripts/icons-generate.ts draws (run it after changing the drawing)', () => {
    expect(Buffer.compare(color.data, renderColorIcon().data)).toBe(0);
    expect(Buffer.compare(outline.data, renderOutlineIcon().data)).toBe(0);
  });
});
