import { getContext, setContext } from 'svelte';

/**
 * Whether the reader is exploring the story's map, shared by the map (which takes input while
 * exploring) and the story's step list (which holds the "Explore the map" button right after the
 * active card, so Tab reaches it from the text). Closing hands focus back to whatever opened it.
 */
export class ExploreState {
  exploring = $state(false);
  /** The live map is ready to be explored. */
  ready = $state(false);
  #opener: HTMLElement | null = null;

  open(opener: HTMLElement | null): void {
    this.#opener = opener;
    this.exploring = true;
  }

  close(): void {
    if (!this.exploring) return;
    this.exploring = false;
    const opener = this.#opener;
    this.#opener = null;
    // After the explore view is gone (the opener may sit under it, or be re-rendered).
    queueMicrotask(() => requestAnimationFrame(() => opener?.isConnected && opener.focus()));
  }
}

const KEY = Symbol('explore-state');

/** Set by a page whose opener lives outside the map (the story); the map then shows no open button of its own. */
export function setExploreState(state: ExploreState): ExploreState {
  return setContext(KEY, state);
}

export function getExploreState(): ExploreState | undefined {
  return getContext<ExploreState | undefined>(KEY);
}
