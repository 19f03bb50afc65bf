// Where the site lives, for absolute URLs in canonical links and embed codes. Set PUBLIC_SITE_URL
// at build time (e.g. https://graphics.example/pokrovsk); without it, pages fall back to a
// placeholder in the HTML and to their own origin once JavaScript runs.

export const PLACEHOLDER_SITE_URL = 'https://your-site.example';

export { normaliseSiteUrl } from '../site-url';

export function embedUrl(siteUrl: string, path: string): string {
  return `${siteUrl}/embed/${path ? `${path}/` : ''}`;
}
