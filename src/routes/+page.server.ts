import { article } from '../content/article';
import { loadContent } from '../content/load';
import { sectionsForSteps } from '$lib/story/sections';

// Runs at build time (prerender): a story that fails validation fails the build.
export function load() {
  const { story, contextNotes } = loadContent();
  return { story, contextNotes, article, sections: sectionsForSteps(story.steps, article.blocks) };
}
