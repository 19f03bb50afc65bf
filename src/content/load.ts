import { article } from './article';
import { contextNotesInput } from './context';
import { loadFigures } from './load-figures';
import type { ContextNote, Story } from './schema';
import { storyInput } from './story';
import { validateContextNotes, validateStory } from './validate';

export interface ValidatedContent {
  story: Story;
  contextNotes: ContextNote[];
}

/**
 * Validates the whole story and the chart figures against the article; throws a
 * StoryValidationError naming file and field. Every prerendered route calls it, so bad content
 * fails the build; the browser then reads the same files without the validator.
 */
export function loadContent(): ValidatedContent {
  loadFigures();
  const contextNotes = validateContextNotes(contextNotesInput, 'src/content/context.ts');
  const story = validateStory(storyInput, 'src/content/story.ts', { blocks: article.blocks, contextNotes });
  return { story, contextNotes };
}
