/** The saved image's name, from the address's path and place: 二维码-part-2-p12.png; the home page's is 二维码.png. */
export function qrFileName(address: string, prefix: string): string {
  const { pathname, hash } = new URL(address);
  const place = `${decodeURIComponent(pathname)}${hash}`.split(/[/#]/).filter(Boolean);
  return `${[prefix, ...place].join('-')}.png`;
}
