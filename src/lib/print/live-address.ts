import QRCode from 'qrcode';

/** The live story's address as a reader types it: no scheme, no "www.", no trailing slash. */
export function shortAddress(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/**
 * A QR code for `url` as an SVG string, drawn at build time (the handout route is prerendered), so
 * the page ships no QR code library. Black on white with the standard four-module quiet zone, and
 * error correction M, which survives a photocopy.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' }
  });
}
