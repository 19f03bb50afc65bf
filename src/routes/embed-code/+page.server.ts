import { EMBED_COPY } from '../../content/embeds';
import { loadContent } from '../../content/load';
import { embedListings } from '$lib/embed/catalog';
import { normaliseSiteUrl } from '$lib/embed/site-url';

export function load() {
  const { story, contextNotes } = loadContent();
  return {
    listings: embedListings(story, contextNotes, EMBED_COPY.storyTitle),
    siteUrl: normaliseSiteUrl(process.env.PUBLIC_SITE_URL)
  };
}
