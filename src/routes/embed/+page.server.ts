import { article } from '../../content/article';
import { loadContent } from '../../content/load';
import { storySources } from '$lib/embed/catalog';
import { siteRoot } from '$lib/site-url';
import { sectionsForSteps } from '$lib/story/sections';

// Build time only (prerendered): the same validated story as the main page.
export function load() {
  const { story, contextNotes } = loadContent();
  return {
    story,
    contextNotes,
    article,
    sections: sectionsForSteps(story.steps, article.blocks),
    sources: storySources(story, contextNotes),
    siteUrl: siteRoot()
  };
}
