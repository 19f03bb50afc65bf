import { loadClassroom } from '../../content/load-classroom';
import { siteRoot } from '$lib/site-url';

// Build time only (prerendered). PUBLIC_SITE_URL, if set for the build, is printed on the handout.
export function load() {
  const { story, contextNotes, article, sections, teaching } = loadClassroom();
  return { steps: story.steps, contextNotes, article, sections, teaching, liveUrl: siteRoot() };
}
