import { sectionsForSteps, type Section } from '../lib/story/sections';
import { article, type Article } from './article';
import { loadContent, type ValidatedContent } from './load';
import type { TeachingNote } from './teaching-schema';
import { teachingInput } from './teaching';
import { validateTeaching } from './validate-teaching';

export interface ClassroomContent extends ValidatedContent {
  article: Article;
  sections: { section: Section; starts: boolean }[];
  teaching: TeachingNote[];
}

/** Story plus teaching notes, for the presenter, its notes window and the handout; throws naming file and field. */
export function loadClassroom(): ClassroomContent {
  const content = loadContent();
  const sections = sectionsForSteps(content.story.steps, article.blocks);
  const sectionIds = sections.filter((mark) => mark.starts).map((mark) => mark.section.id);
  const teaching = validateTeaching(teachingInput, 'src/content/teaching.ts', { blocks: article.blocks, sectionIds });
  return { ...content, article, sections, teaching };
}
