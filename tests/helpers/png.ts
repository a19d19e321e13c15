import { PNG } from 'pngjs';

// PNG screenshots read in Node (pngjs), for engines whose pages cannot decode them (the site's CSP forbids fetching
// data:), and the few measures the tests take of them.

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, four bytes a pixel. */
  data: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data };
}

/** A rectangle of the image (in its pixels), clipped to the image. */
export function crop(image: Pixels, box: { x: number; y: number; width: number; height: number }): Pixels {
  const x = Math.max(0, Math.round(box.x));
  const y = Math.max(0, Math.round(box.y));
  const width = Math.max(0, Math.min(image.width - x, Math.round(box.width)));
  const height = Math.max(0, Math.min(image.height - y, Math.round(box.height)));
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++)
    data.set(
      image.data.subarray(((y + row) * image.width + x) * 4, ((y + row) * image.width + x + width) * 4),
      row * width * 4,
    );
  return { width, height, data };
}

/** How many pixels differ between two images of one size (by more than `tolerance` in a channel). */
export function changedPixels(a: Pixels, b: Pixels, tolerance = 16): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`${a.width}×${a.height} and ${b.width}×${b.height} cannot be compared`);
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > tolerance)) count++;
  return count;
}

/** The pixels near one colour (within 8 in each channel). */
export function countColour(image: Pixels, [r, g, b]: readonly [number, number, number]): number {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4)
    if (
      Math.abs(image.data[i]! - r) < 8 &&
      Math.abs(image.data[i + 1]! - g) < 8 &&
      Math.abs(image.data[i + 2]! - b) < 8
    )
      count++;
  return count;
}
