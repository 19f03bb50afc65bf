import type { PresenterLayer } from './presenter-keys';

/**
 * What the presenter has open besides the slide. Stepping stays in the story's StepState; this
 * only knows about layers, so the one step machine is never forked for presenter mode.
 */
export class PresenterState {
  overview = $state(false);
  notes = $state(false);
  help = $state(false);
  /** A short message for the live region (e.g. full screen refused). */
  status = $state('');

  /** Overview and help are modal: they own the keyboard while open. */
  get modal(): boolean {
    return this.overview || this.help;
  }

  toggle(layer: PresenterLayer): void {
    const open = !this[layer];
    // Only one modal at a time; the notes panel sits beside either.
    if (layer !== 'notes' && open) this.close();
    this[layer] = open;
  }

  close(): void {
    this.overview = false;
    this.help = false;
  }
}
