import { describe, expect, it } from 'vitest';
import { gridMove, overviewColumns } from './overview-grid';

describe('overviewColumns', () => {
  it('fits as many minimum-width tiles as the width allows', () => {
    expect(overviewColumns(23, 1280)).toBe(5);
    expect(overviewColumns(23, 1920)).toBe(8);
    expect(overviewColumns(23, 375)).toBe(1);
  });

  it('never has more columns than steps, nor fewer than one', () => {
    expect(overviewColumns(3, 1920)).toBe(3);
    expect(overviewColumns(0, 1920)).toBe(1);
    expect(overviewColumns(5, 100)).toBe(1);
  });
});

describe('gridMove', () => {
  // 23 steps in 5 columns: the last row holds 20, 21, 22.
  const move = (index: number, key: string) => gridMove(index, key, 5, 23);

  it('moves along rows and down columns', () => {
    expect(move(0, 'ArrowRight')).toBe(1);
    expect(move(6, 'ArrowLeft')).toBe(5);
    expect(move(2, 'ArrowDown')).toBe(7);
    expect(move(7, 'ArrowUp')).toBe(2);
  });

  it('stops at the edges instead of wrapping or leaving the grid', () => {
    expect(move(0, 'ArrowLeft')).toBe(0);
    expect(move(22, 'ArrowRight')).toBe(22);
    expect(move(1, 'ArrowUp')).toBe(1);
    expect(move(18, 'ArrowDown')).toBe(18);
    expect(move(17, 'ArrowDown')).toBe(22);
  });

  it('jumps to the ends and ignores other keys', () => {
    expect(move(9, 'Home')).toBe(0);
    expect(move(9, 'End')).toBe(22);
    expect(move(9, 'Enter')).toBeNull();
  });
});
