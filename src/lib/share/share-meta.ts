// The Open Graph and Twitter tags of one page, from what the page says about itself (SharePage)
// and the site root (PUBLIC_SITE_URL at build). Crawlers need absolute URLs: without a site root
// the image is named by its path from the domain root and no og:url or canonical is printed,
// rather than a wrong address (see site-url.ts).
import { SHARE_HEIGHT, SHARE_WIDTH } from './share-card';

/** What a page's load returns as `share`; the root layout prints it. */
export interface ShareInfo {
  title: string;
  description: string;
  /** Relative to the site root ("share/story.png"). */
  image: string;
  imageAlt: string;
  /** The page's path under the site root; defaults to the page's own. */
  path?: string;
  /** false where the page prints its own canonical link (the embeds point theirs at the story). */
  canonical?: boolean;
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter. */
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export function shareMeta(
  info: ShareInfo,
  where: { path: string; siteRoot: string | null; base: string; siteName: string }
): { tags: MetaTag[]; canonical: string | null } {
  const url = where.siteRoot ? `${where.siteRoot}${info.path ?? where.path}` : null;
  const image = `${where.siteRoot ?? where.base}/${info.image}`;
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key: `twitter:${key}`, content });
  const tags = [
    og('type', 'website'),
    og('site_name', where.siteName),
    og('title', info.title),
    og('description', info.description),
    ...(url ? [og('url', url)] : []),
    og('image', image),
    og('image:type', 'image/png'),
    og('image:width', String(SHARE_WIDTH)),
    og('image:height', String(SHARE_HEIGHT)),
    og('image:alt', info.imageAlt),
    tw('card', 'summary_large_image'),
    tw('title', info.title),
    tw('description', info.description),
    tw('image', image),
    tw('image:alt', info.imageAlt)
  ];
  return { tags, canonical: url && info.canonical !== false ? url : null };
}

/** The meta-only part of a SharePage (no step object: it goes into every page's data). */
export function shareInfo(page: {
  title: string;
  description: string;
  image: string;
  imageAlt: string;
  path: string;
}): ShareInfo {
  return {
    title: page.title,
    description: page.description,
    image: page.image,
    imageAlt: page.imageAlt,
    path: page.path
  };
}
