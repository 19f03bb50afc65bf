import { describe, expect, it } from 'vitest';
import { swipeCommand } from './swipe';

describe('swipeCommand', () => {
  it('turns a leftward flick into next and a rightward one into previous', () => {
    expect(swipeCommand(-120, 10, 200)).toEqual({ type: 'next' });
    expect(swipeCommand(90, -20, 300)).toEqual({ type: 'prev' });
  });

  it('ignores taps, slow drags and mostly-vertical moves', () => {
    expect(swipeCommand(-20, 0, 100)).toBeNull();
    expect(swipeCommand(-200, 0, 1500)).toBeNull();
    expect(swipeCommand(-100, 90, 200)).toBeNull();
    expect(swipeCommand(Number.NaN, 0, 100)).toBeNull();
  });

  it('takes the thresholds as options', () => {
    expect(swipeCommand(-40, 0, 100, { minDistance: 30 })).toEqual({ type: 'next' });
  });
});
