import { inflateSync } from 'node:zlib';

// PNG screenshots read in Node, for engines whose pages cannot decode them (the site's CSP forbids fetching data:).
// Every browser here writes 8-bit RGB or RGBA, not interlaced: that is all this reads.

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, four bytes a pixel. */
  data: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs are read');
      channels = ({ 2: 3, 6: 4 } as Record<number, number>)[body[9]!] ?? 0;
      if (!channels) throw new Error(`PNG colour type ${body[9]} is not read`);
    } else if (type === 'IDAT') compressed.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) unfilter(raw, rows, y, stride, channels);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += channels, j += 4) {
    data.set(rows.subarray(i, i + 3), j);
    data[j + 3] = channels === 4 ? rows[i + 3]! : 255;
  }
  return { width, height, data };
}

function unfilter(raw: Buffer, rows: Uint8Array, y: number, stride: number, bpp: number) {
  const filter = raw[y * (stride + 1)]!;
  const source = y * (stride + 1) + 1;
  const row = y * stride;
  for (let x = 0; x < stride; x++) {
    const left = x >= bpp ? rows[row + x - bpp]! : 0;
    const up = y > 0 ? rows[row - stride + x]! : 0;
    const upLeft = x >= bpp && y > 0 ? rows[row - stride + x - bpp]! : 0;
    const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
    rows[row + x] = (raw[source + x]! + predictor) & 0xff;
  }
}

function paeth(a: number, b: number, c: number) {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
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
