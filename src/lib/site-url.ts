import { base } from '$app/paths';

/** Absolute URL of a path on the deployed site, or null when PUBLIC_SITE_URL was not set at build. */
export function siteUrl(path = '/'): string | null {
  return __SITE_URL__ ? `${__SITE_URL__}${base}${path}` : null;
}
