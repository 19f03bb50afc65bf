import { transition, type StepCommand } from './step-machine';

/** Reactive step state: the index into a fixed list of step IDs, moved only by step-machine commands. */
export class StepState {
  index = $state(0);
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

  /** True when the step changed. */
  send(command: StepCommand): boolean {
    const next = transition(this.index, this.ids.length, command);
    if (next === this.index) return false;
    this.index = next;
    return true;
  }

  goToId(id: string): boolean {
    const index = this.ids.indexOf(id);
    return index >= 0 && this.send({ type: 'go', index });
  }
}
