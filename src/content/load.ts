import { article } from './article';
import { locator } from './aml';
import context, { lines as contextLines } from './context.aml';
import corrections, { lines as correctionLines } from './corrections.aml';
import { validateDocument } from './documents';
import { loadFigureFiles } from './figure-files';
import type { ContextNote, Story } from './schema';
import site, { lines as siteLines } from './site.aml';
import type { SiteCopy } from './site-schema';
import { storyInput } from './story';
import { validateContextNotes, validateStory } from './validate';
import { validateSiteRefs } from './validate-site';

export interface ValidatedContent {
  story: Story;
  contextNotes: ContextNote[];
}

/**
 * Validates the whole story, the copy documents and the chart figures against the article; throws
 * a StoryValidationError naming file and field (and line, for .aml). Every prerendered route calls
 * it, so bad content fails the build; the browser then reads the same files without the validator.
 */
export function loadContent(): ValidatedContent {
  loadFigureFiles();
  const siteCopy = validateDocument('src/content/site.aml', site, siteLines) as SiteCopy;
  validateDocument('src/content/corrections.aml', corrections, correctionLines);
  validateSiteRefs(siteCopy, 'src/content/site.aml', siteLines, {
    blockIds: article.blocks.map((block) => block.id),
    corrections: corrections.corrections
  });
  const contextNotes = validateContextNotes(context.notes, 'src/content/context.aml', locator(contextLines, ['notes']));
  const story = validateStory(storyInput, 'src/content/story.ts', { blocks: article.blocks, contextNotes });
  return { story, contextNotes };
}
