import { getContext, setContext } from 'svelte';
import type { Block } from '$content/article';
import type { ContextNote } from '$content/schema';

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

const LINK_BASE_KEY = Symbol('paragraph-link-base');

/**
 * Pages without the original article (standalone embeds) point paragraph links at the story
 * page instead: `${base}/#p4` rather than `#p4`.
 */
export function setParagraphLinkBase(prefix: string): void {
  setContext(LINK_BASE_KEY, prefix);
}

/** Turns an in-page paragraph link ("#p4") into one that works on this page. */
export function useParagraphHref(): (href: string) => string {
  const prefix = getContext<string | undefined>(LINK_BASE_KEY) ?? '';
  return (href) => (href.startsWith('#') ? `${prefix}${href}` : href);
}
