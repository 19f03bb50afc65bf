import { untrack } from 'svelte';
import { cubicOut } from 'svelte/easing';

// Not svelte/motion's Tween: that module reads matchMedia when it is imported, which throws in
// jsdom (any component test that renders a chart) and forces every test to stub it.

/** Read when a change starts, so a reader who switches the setting mid-story is respected. */
function reducedMotion(): boolean {
  return (
    typeof window === 'undefined' ||
    typeof window.matchMedia !== 'function' ||
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** A number that eases to `target()` whenever it changes; jumps under reduced motion and on the server. */
export class Tweened {
  current = $state(0);

  constructor(target: () => number, duration = 450) {
    this.current = target();
    $effect(() => {
      const to = target();
      const from = untrack(() => this.current);
      if (from === to) return;
      if (reducedMotion()) {
        this.current = to;
        return;
      }
      const start = performance.now();
      let frame = 0;
      const tick = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        this.current = from + (to - from) * cubicOut(t);
        if (t < 1) frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(frame);
    });
  }
}
