import { describe, expect, it } from 'vitest';
import { activeIndexFromTops } from './active-step';

describe('activeIndexFromTops', () => {
  it('picks the last step whose top is above the trigger line', () => {
    expect(activeIndexFromTops([-900, -100, 300, 1200], 480)).toBe(2);
  });

  it('stays on the first step before any has reached the line', () => {
    expect(activeIndexFromTops([600, 1400], 480)).toBe(0);
  });

  it('lands on the last step after a jump to the end, with no step in between', () => {
    expect(activeIndexFromTops([-9000, -8000, -7000, -50], 480)).toBe(3);
  });

  it('counts a top exactly on the line as crossed', () => {
    expect(activeIndexFromTops([0, 480, 900], 480)).toBe(1);
  });
});
