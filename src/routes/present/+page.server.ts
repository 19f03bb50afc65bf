import { loadClassroom } from '../../content/load-classroom';

// Build time only (prerendered): the story and teaching notes, validated; a bad reference fails the build.
export function load() {
  const { story, contextNotes, article, sections, teaching } = loadClassroom();
  return { steps: story.steps, contextNotes, blocks: article.blocks, sections, teaching };
}
