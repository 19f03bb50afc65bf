// The pure rules behind createStepNav (step-nav.svelte.ts): which address to show for a step,
// and what each end of the presenter ↔ notes channel does with a message.
import type { NotesMessage } from '../present/notes-channel';
import { stepIdFromUrl, urlForStep } from '../story/deep-link';

/**
 * Which end of the notes channel a page is. Both ends follow the steps announced and answer a
 * newcomer's hello with their step. A page without one is not on the
 * channel (the story).
 */
export type NotesRole = 'presenter' | 'notes';

/** What to do with a channel message: move to a step (without echoing it back) or reply. */
export type NotesReaction = { type: 'go'; id: string } | { type: 'reply'; message: NotesMessage } | null;

export function reactToNotesMessage(message: NotesMessage, currentId: string): NotesReaction {
  if (message.type === 'step') return { type: 'go', id: message.id };
  // Every page on the channel is on the same step, so any of them may answer a newcomer's hello:
  // a reloaded presenter learns the step from its notes window, a second notes window from the first.
  return { type: 'reply', message: { type: 'step', id: currentId } };
}

/**
 * The message a page sends when it joins the channel: always a question, never a step. A new
 * presenter tab or notes window asks for the step, and a presenter already running answers; a
 * page that announced its own step would move every open presenter back to it.
 */
export function greeting(): NotesMessage {
  return { type: 'hello' };
}

/** The address to replace the current one with while `id` is active, or null when it already shows it. */
export function addressForStep(current: { pathname: string; search: string; hash: string }, id: string): string | null {
  const next = urlForStep(current, id);
  return next === current.pathname + current.search + current.hash ? null : next;
}

/**
 * A fragment the reader chose that is not a step link (a ¶ citation, `#p6`): the page keeps that
 * address until the reader scrolls on, so a reload or a shared link lands on the paragraph.
 */
export function isChosenFragment(hash: string, knownIds: ReadonlySet<string>): boolean {
  return hash.length > 1 && stepIdFromUrl({ hash, search: '' }, knownIds) === null;
}

/** Keys that scroll the page (the reader moving on), as opposed to, say, Ctrl+C to copy the address. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

/** Whether an input event is the reader scrolling on by themselves (not the jump's own scroll). */
export function isScrollIntent(event: {
  type: string;
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): boolean {
  if (event.type === 'wheel' || event.type === 'touchmove') return true;
  return (
    event.type === 'keydown' && SCROLL_KEYS.has(event.key ?? '') && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}
