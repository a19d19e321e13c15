import type { Browser } from 'playwright-core';

/** Counts the pixels of one colour in a PNG, decoded by the browser itself (no image library needed). */
export async function countColour(browser: Browser, png: Buffer, [r, g, b]: [number, number, number]): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ data, r, g, b }) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if (Math.abs(pixels[i]! - r) < 8 && Math.abs(pixels[i + 1]! - g) < 8 && Math.abs(pixels[i + 2]! - b) < 8)
            count++;
        return count;
      },
      { data: png.toString('base64'), r, g, b },
    );
  } finally {
    await page.close();
  }
}

/** A PNG's RGBA pixels, decoded by the browser itself, for a decoder that runs in Node (jsQR). */
export async function decodePng(
  browser: Browser,
  png: Buffer,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const page = await browser.newPage();
  try {
    const { pixels, width, height } = await page.evaluate(async (data) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data: rgba } = context.getImageData(0, 0, image.width, image.height);
      return { pixels: Array.from(rgba), width: image.width, height: image.height };
    }, png.toString('base64'));
    return { data: Uint8ClampedArray.from(pixels), width, height };
  } finally {
    await page.close();
  }
}
