import { describe, expect, it } from 'vitest';
import { covered, textWidth } from './text-metrics';

describe('textWidth', () => {
  // Reference advances read by hand from NotoSans-Regular (hmtx, 1000 units/em):
  // M 907, i 258, space 260, П 733 — not from the table under test's own script.
  it('uses the font’s own advances, not a character count', () => {
    expect(textWidth('M', 10)).toBeCloseTo(9.07, 2);
    expect(textWidth('i', 10)).toBeCloseTo(2.58, 2);
    expect(textWidth('MMMM', 10)).toBeGreaterThan(3 * textWidth('iiii', 10));
  });
  it('measures Cyrillic from the cyrillic subset', () => {
    expect(textWidth('П', 20)).toBeCloseTo(14.66, 1);
  });
  it('adds letter spacing between characters', () => {
    expect(textWidth('AB', 10, 0.1) - textWidth('AB', 10)).toBeCloseTo(1, 5);
  });
  it('knows which text the shipped font covers', () => {
    expect(covered('Покровськ – Slov’yansk 54 km')).toBe(true);
    expect(covered('北京')).toBe(false);
  });
});
