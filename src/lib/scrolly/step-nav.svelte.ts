import { replaceState } from '$app/navigation';
import { NotesLink } from '../present/notes-channel';
import { stepIdFromUrl } from '../story/deep-link';
import type { StepCommand } from './step-machine';
import {
  addressForStep,
  greeting,
  isChosenFragment,
  isScrollIntent,
  reactToNotesMessage,
  type NotesRole
} from './step-nav';
import { StepState } from './step-state.svelte';

export interface StepNavOptions {
  /** This page's end of the presenter ↔ notes channel; leave out for pages that are on no channel (the story). */
  notes?: NotesRole;
  /** Treat a hash typed into the address bar, a same-page link, Back and Forward as a jump, like a reload. */
  followHash?: boolean;
}

export interface StepNavMount {
  /** Runs with a deep-linked step (at mount, and on hash changes, Back and Forward with `followHash`) before the state moves to it (the story scrolls the step into view). */
  onLinked?: (id: string) => void;
}

/**
 * Stepping for one page: the step state, the deep link read at mount, the address kept in step
 * with `replaceState` (no history entries), and optionally the notes channel. Local changes go
 * through `go` and are broadcast once; steps received from the channel are not echoed back.
 */
export class StepNav {
  readonly #state: StepState;
  readonly #options: StepNavOptions;
  #link: NotesLink | undefined;
  // Off until the page says so: during hydration SvelteKit's router is not ready for replaceState,
  // and the story waits for its scroll observer so the first scroll event cannot fight a deep link.
  #followUrl = $state(false);
  // A fragment the reader chose (a ¶ citation) keeps the address until the reader scrolls on.
  #held = $state(false);

  constructor(ids: readonly string[], options: StepNavOptions = {}) {
    this.#state = new StepState(ids);
    this.#options = options;
    $effect(() => {
      const id = this.#state.id;
      if (!this.#followUrl || this.#held) return;
      const next = addressForStep(location, id);
      if (next) replaceState(next, {});
    });
  }

  get ids(): readonly string[] {
    return this.#state.ids;
  }

  get index(): number {
    return this.#state.index;
  }

  get id(): string {
    return this.#state.id;
  }

  get count(): number {
    return this.#state.count;
  }

  /** A local step change (scroll, key, button, swipe); true when the step changed. */
  go(command: StepCommand): boolean {
    const moved = this.#state.send(command);
    if (moved) this.#link?.post({ type: 'step', id: this.#state.id });
    return moved;
  }

  /** From now on the address follows the step. */
  followUrl(): void {
    this.#followUrl = true;
  }

  /** Call from onMount: reads the deep link, joins the channel, listens for hash changes. Returns the cleanup. */
  mount({ onLinked }: StepNavMount = {}): () => void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off lookup, not state
    const known = new Set(this.#state.ids);
    const linked = stepIdFromUrl(location, known);
    if (linked) {
      onLinked?.(linked);
      this.#state.goToId(linked);
    }
    const role = this.#options.notes;
    if (role) {
      this.#link = new NotesLink(known, (message) => {
        const reaction = reactToNotesMessage(message, this.#state.id);
        if (reaction?.type === 'go') this.#state.goToId(reaction.id);
        else if (reaction?.type === 'reply') this.#link?.post(reaction.message);
      });
      this.#link.post(greeting());
    }
    this.#held = isChosenFragment(location.hash, known);
    const onhistory = () => {
      if (isChosenFragment(location.hash, known)) {
        this.#held = true;
        return;
      }
      const id = stepIdFromUrl(location, known);
      if (!id) return;
      this.#held = false;
      onLinked?.(id);
      this.go({ type: 'go', index: this.#state.ids.indexOf(id) });
    };
    const onintent = (event: Event) => {
      if (this.#held && isScrollIntent(event as KeyboardEvent)) this.#held = false;
    };
    const intents = ['wheel', 'touchmove', 'keydown'] as const;
    for (const type of intents) window.addEventListener(type, onintent, { passive: true });
    // Hash-only Back and Forward fire popstate and then hashchange; handling both is harmless
    // (the same step, scrolled to twice) and covers browsers that skip one of them.
    if (this.#options.followHash) {
      window.addEventListener('hashchange', onhistory);
      window.addEventListener('popstate', onhistory);
    }
    return () => {
      window.removeEventListener('hashchange', onhistory);
      window.removeEventListener('popstate', onhistory);
      for (const type of intents) window.removeEventListener(type, onintent);
      this.#link?.close();
      this.#link = undefined;
    };
  }
}

/** One StepNav per page; call during component initialisation (it sets up an effect). */
export function createStepNav(ids: readonly string[], options?: StepNavOptions): StepNav {
  return new StepNav(ids, options);
}
