import type { StepCommand } from '../scrolly/step-machine';

export interface SwipeOptions {
  /** Shorter moves are taps or jitter. */
  minDistance: number;
  /** Slower moves are drags (reading, selecting), not flicks. */
  maxDuration: number;
}

const DEFAULTS: SwipeOptions = { minDistance: 50, maxDuration: 800 };

/**
 * A horizontal flick is a step, like turning a page: leftwards goes on, rightwards goes back.
 * Mostly-vertical moves are left to the browser, so a long notes panel still scrolls.
 */
export function swipeCommand(
  dx: number,
  dy: number,
  durationMs: number,
  options: Partial<SwipeOptions> = {}
): StepCommand | null {
  const { minDistance, maxDuration } = { ...DEFAULTS, ...options };
  if (!Number.isFinite(dx) || !Number.isFinite(dy) || durationMs > maxDuration) return null;
  if (Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? { type: 'next' } : { type: 'prev' };
}
