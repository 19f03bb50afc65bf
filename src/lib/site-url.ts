// Where the live site is (PUBLIC_SITE_URL at build time, the URL of the site root including any
// BASE_PATH), for canonical links, embed codes and the handout. Unset or invalid → null, and
// callers fall back to relative links or a placeholder rather than print a wrong address.

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

/** The site root from PUBLIC_SITE_URL (read once, in vite.config.ts), or null when it was not set at build. */
export function siteRoot(): string | null {
  return normaliseSiteUrl(__SITE_URL__);
}

/** Absolute URL of a path on the deployed site, or null when PUBLIC_SITE_URL was not set at build. */
export function siteUrl(path = '/'): string | null {
  const root = siteRoot();
  return root ? `${root}${path}` : null;
}
