// Where the site lives, for absolute URLs in canonical links and embed codes. Set PUBLIC_SITE_URL
// at build time (e.g. https://graphics.example/pokrovsk); without it, pages fall back to a
// placeholder in the HTML and to their own origin once JavaScript runs.

export const PLACEHOLDER_SITE_URL = 'https://your-site.example';

/** Trailing slashes trimmed; anything that is not an absolute http(s) URL counts as unset. */
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

export function embedUrl(siteUrl: string, path: string): string {
  return `${siteUrl}/embed/${path ? `${path}/` : ''}`;
}
