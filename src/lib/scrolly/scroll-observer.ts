import type { ScrollamaInstance } from 'scrollama';
import { activeIndexFromTops } from './active-step';

/** Where the trigger line sits, as a share of the viewport height from the top. */
export const TRIGGER_RATIO = 0.6;

/**
 * The one owner of scrollama. scrollama's events only tell us *that* something crossed the
 * line; the active step is re-derived from positions every time, so flings, jumps and resizes
 * cannot leave a stale step (see activeIndexFromTops).
 */
export class ScrollObserver {
  #scroller: ScrollamaInstance | undefined;
  #steps: HTMLElement[] = [];
  #destroyed = false;
  readonly #onActive: (index: number) => void;

  constructor(onActive: (index: number) => void) {
    this.#onActive = onActive;
  }

  async start(steps: HTMLElement[]): Promise<void> {
    this.#steps = steps;
    // scrollama touches window at setup, so it is loaded in the browser only (and stays a lazy chunk).
    const { default: scrollama } = await import('scrollama');
    if (this.#destroyed) return;
    this.#scroller = scrollama();
    this.#scroller.setup({ step: steps, offset: TRIGGER_RATIO }).onStepEnter(this.sync).onStepExit(this.sync);
    window.addEventListener('resize', this.#onResize);
    window.addEventListener('scrollend', this.sync);
    this.sync();
  }

  /** Re-derives the active step from where the steps are now. */
  sync = (): void => {
    if (this.#destroyed || !this.#steps.length) return;
    const tops = this.#steps.map((step) => step.getBoundingClientRect().top);
    this.#onActive(activeIndexFromTops(tops, window.innerHeight * TRIGGER_RATIO));
  };

  #onResize = (): void => {
    this.#scroller?.resize();
    this.sync();
  };

  destroy(): void {
    this.#destroyed = true;
    window.removeEventListener('resize', this.#onResize);
    window.removeEventListener('scrollend', this.sync);
    this.#scroller?.destroy();
  }
}
