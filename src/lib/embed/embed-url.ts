// Embed addresses on the site (../site-url.ts says where the site is). Without PUBLIC_SITE_URL at
// build time (e.g. https://graphics.example/pokrovsk), pages fall back to a placeholder in the
// HTML and to their own origin once JavaScript runs.

export const PLACEHOLDER_SITE_URL = 'https://your-site.example';

export function embedUrl(siteUrl: string, path: string): string {
  return `${siteUrl}/embed/${path ? `${path}/` : ''}`;
}
