import { article } from './article';
import { contextNotesInput } from './context';
import type { ContextNote, Story } from './schema';
import { storyInput } from './story';
import { validateContextNotes, validateStory } from './validate';

export interface ValidatedContent {
  story: Story;
  contextNotes: ContextNote[];
}

/** Validates the whole story against the article; throws a StoryValidationError naming file and field. */
export function loadContent(): ValidatedContent {
  const contextNotes = validateContextNotes(contextNotesInput, 'src/content/context.ts');
  const story = validateStory(storyInput, 'src/content/story.ts', { blocks: article.blocks, contextNotes });
  return { story, contextNotes };
}
