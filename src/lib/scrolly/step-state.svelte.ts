import { getContext, setContext } from 'svelte';
import { transition, type StepCommand } from './step-machine';

/** What moved the story: tests and the URL sync care (scrolling must not fight a jump). */
export type StepSource = 'scroll' | 'link' | 'key' | 'presenter';

/** Shared, reactive step state; one per story instance, passed down by context. */
export class StepState {
  index = $state(0);
  source = $state<StepSource>('scroll');
  readonly ids: readonly string[];

  constructor(ids: readonly string[], initial = 0) {
    this.ids = ids;
    this.index = transition(0, ids.length, { type: 'go', index: initial });
  }

  get id(): string {
    return this.ids[this.index] ?? '';
  }

  get count(): number {
    return this.ids.length;
  }

  send(command: StepCommand, source: StepSource): boolean {
    const next = transition(this.index, this.ids.length, command);
    if (next === this.index) return false;
    this.index = next;
    this.source = source;
    return true;
  }

  goToId(id: string, source: StepSource): boolean {
    const index = this.ids.indexOf(id);
    return index >= 0 && this.send({ type: 'go', index }, source);
  }
}

const KEY = Symbol('step-state');

export function setStepState(state: StepState): StepState {
  return setContext(KEY, state);
}

export function getStepState(): StepState {
  return getContext<StepState>(KEY);
}
