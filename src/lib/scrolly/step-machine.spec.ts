import { describe, expect, it } from 'vitest';
import { commandForKey, transition } from './step-machine';

describe('transition', () => {
  it('moves one step at a time and clamps at both ends', () => {
    expect(transition(3, 10, { type: 'next' })).toBe(4);
    expect(transition(9, 10, { type: 'next' })).toBe(9);
    expect(transition(0, 10, { type: 'prev' })).toBe(0);
    expect(transition(5, 10, { type: 'prev' })).toBe(4);
  });

  it('jumps to first, last and a given index', () => {
    expect(transition(5, 10, { type: 'first' })).toBe(0);
    expect(transition(5, 10, { type: 'last' })).toBe(9);
    expect(transition(5, 10, { type: 'go', index: 7 })).toBe(7);
    expect(transition(5, 10, { type: 'go', index: 70 })).toBe(9);
    expect(transition(5, 10, { type: 'go', index: Number.NaN })).toBe(5);
  });
});

describe('commandForKey', () => {
  it('maps clicker and keyboard keys', () => {
    expect(commandForKey('PageDown')).toEqual({ type: 'next' });
    expect(commandForKey(' ')).toEqual({ type: 'next' });
    expect(commandForKey('PageUp')).toEqual({ type: 'prev' });
    expect(commandForKey('End')).toEqual({ type: 'last' });
    expect(commandForKey('x')).toBeNull();
  });
});
