import { getContext, setContext } from 'svelte';
import type { Block } from '../../content/article';
import type { ContextNote } from '../../content/schema';

/** Lookups every story component needs; set once by the page, read by context. */
export interface StoryContent {
  blocks: ReadonlyMap<string, Block>;
  notes: ReadonlyMap<string, ContextNote>;
}

const KEY = Symbol('story-content');

export function createStoryContent(blocks: Block[], notes: ContextNote[]): StoryContent {
  return {
    blocks: new Map(blocks.map((block) => [block.id, block])),
    notes: new Map(notes.map((note) => [note.id, note]))
  };
}

/** The context map a component needs when mounted on its own (component tests, standalone embeds). */
export function storyContentContext(blocks: Block[], notes: ContextNote[]): Map<symbol, StoryContent> {
  return new Map([[KEY, createStoryContent(blocks, notes)]]);
}

export function setStoryContent(content: StoryContent): StoryContent {
  return setContext(KEY, content);
}

export function getStoryContent(): StoryContent {
  return getContext<StoryContent>(KEY);
}
