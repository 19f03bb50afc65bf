import { qrSvg } from '$lib/print/live-address';
import { siteRoot } from '$lib/site-url';

// The QR code of the live story, drawn at build time; none when PUBLIC_SITE_URL was not set.
export async function load() {
  const root = siteRoot();
  return { qr: root ? await qrSvg(`${root}/`) : null };
}
