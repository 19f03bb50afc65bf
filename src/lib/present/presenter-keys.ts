import { commandForKey, type StepCommand } from '../scrolly/step-machine';

export type PresenterLayer = 'overview' | 'notes' | 'help';

export type PresenterAction =
  | { type: 'step'; command: StepCommand }
  | { type: 'toggle'; layer: PresenterLayer }
  | { type: 'close' }
  | { type: 'fullscreen' }
  | { type: 'notes-window' };

export interface KeyPress {
  key: string;
  /** Ctrl, Meta or Alt held: browser and OS shortcuts are never ours. */
  modifier: boolean;
  /** A modal layer (overview grid, key help) is open and owns the arrow keys. */
  modal: boolean;
  /** Focus is on a button or link, where Space and Enter already mean "activate". */
  onControl: boolean;
}

/**
 * What a key does in presenter mode. Stepping keys come from the story's own commandForKey, so a
 * clicker's PageDown means the same here as in the scrolling story.
 */
export function presenterActionForKey({ key, modifier, modal, onControl }: KeyPress): PresenterAction | null {
  if (modifier) return null;
  switch (key) {
    case 'Escape':
      return modal ? { type: 'close' } : { type: 'toggle', layer: 'overview' };
    case 'o':
    case 'O':
      return { type: 'toggle', layer: 'overview' };
    case '?':
      return { type: 'toggle', layer: 'help' };
  }
  if (modal) return null;
  if (onControl && (key === ' ' || key === 'Enter')) return null;
  switch (key) {
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'n':
      return { type: 'toggle', layer: 'notes' };
    case 'N':
      return { type: 'notes-window' };
  }
  const command = commandForKey(key);
  return command ? { type: 'step', command } : null;
}

const CONTROLS = 'button, a, input, select, textarea, summary, [contenteditable]';

/** The same, read from a keydown event; null for events another handler already took. */
export function presenterActionForEvent(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented' | 'target'>,
  modal: boolean
): PresenterAction | null {
  if (event.defaultPrevented) return null;
  // Duck-typed rather than `instanceof Element`, so it runs (and is tested) without a DOM.
  const target = event.target as { closest?: (selector: string) => unknown } | null;
  return presenterActionForKey({
    key: event.key,
    modifier: event.ctrlKey || event.metaKey || event.altKey,
    modal,
    onControl: typeof target?.closest === 'function' && !!target.closest(CONTROLS)
  });
}
