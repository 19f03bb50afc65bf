// Where the live explainer is, for the handout. PUBLIC_SITE_URL is read at build time; without
// it the handout says where to look instead of printing a wrong address.
// (Same rule as the embed branch's site-url.ts; merge the two once both are in main.)

/** Trailing slashes trimmed; anything that is not an absolute http(s) URL without query or hash counts as unset. */
export function normaliseSiteUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.search || url.hash) return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
