import { loadClassroom } from '$lib/model/load-classroom';
import { siteRoot } from '$lib/site-url';

/**
 * The one content load for every page that shows the story (story, story embed, presenter, notes
 * window, handout), in one shape. It runs at build time (prerender): a story, context note or
 * teaching note that fails validation fails the build, naming the file and field.
 *
 * The standalone panel embeds and the embed-code page sit outside this group on purpose: every
 * page serialises its layouts' data for hydration, and theirs would grow by the whole article.
 */
export function load() {
  const { story, contextNotes, article, sections, teaching } = loadClassroom();
  // PUBLIC_SITE_URL, if set for the build: canonical links, embed snippets and the handout's address.
  return { story, contextNotes, article, sections, teaching, siteUrl: siteRoot() };
}
