import { EMBED_COPY } from '$content/embeds';
import { loadContent } from '$content/load';
import { embedListings } from '$lib/embed/catalog';
import { siteRoot } from '$lib/site-url';

export function load() {
  const { story, contextNotes } = loadContent();
  return {
    listings: embedListings(story, contextNotes, EMBED_COPY.storyTitle, EMBED_COPY.compact.title),
    siteUrl: siteRoot()
  };
}
