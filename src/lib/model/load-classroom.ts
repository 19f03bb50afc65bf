import { sectionsForSteps, type Section } from './sections';
import { locator } from '$content/aml';
import { article, type Article } from '$content/article';
import { loadContent, type ValidatedContent } from '$content/load';
import type { TeachingNote } from '$content/teaching-schema';
import teachingDoc, { lines as teachingLines } from '$content/teaching.aml';
import { validateTeaching } from '$content/validate-teaching';
import worksheetDoc, { lines as worksheetLines } from '$content/worksheet.aml';
import { validateWorksheet } from '$content/validate-worksheet';
import type { Worksheet } from '$content/worksheet-schema';

export interface ClassroomContent extends ValidatedContent {
  article: Article;
  sections: { section: Section; starts: boolean }[];
  teaching: TeachingNote[];
  worksheet: Worksheet;
}

/** Story plus teaching notes, for the presenter, its notes window and the handout; throws naming file and field. */
export function loadClassroom(): ClassroomContent {
  const content = loadContent();
  const sections = sectionsForSteps(content.story.steps, article.blocks);
  const sectionIds = sections.filter((mark) => mark.starts).map((mark) => mark.section.id);
  const teaching = validateTeaching(
    teachingDoc.notes,
    'src/content/teaching.aml',
    { blocks: article.blocks, sectionIds },
    locator(teachingLines, ['notes'])
  );
  const worksheet = validateWorksheet(
    worksheetDoc,
    'src/content/worksheet.aml',
    { blocks: article.blocks, teaching, contextNotes: content.contextNotes },
    locator(worksheetLines)
  );
  return { ...content, article, sections, teaching, worksheet };
}
