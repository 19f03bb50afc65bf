import { describe, expect, it } from 'vitest';
import { shortDate, textWidth } from './text-metrics';

describe('shortDate', () => {
  it('shortens the citation date forms the records use', () => {
    expect(shortDate('2023-05-01')).toBe('May 2023');
    expect(shortDate('2024-02')).toBe('Feb 2024');
    expect(shortDate('2024')).toBe('2024');
    expect(shortDate('2025-11-09 (approx.)')).toBe('~Nov 2025');
    expect(shortDate('~2023-05-22')).toBe('~May 2023');
    expect(shortDate('stored copy, 2026')).toBe('as of 2026');
    expect(shortDate('spring')).toBe('spring');
  });
});

describe('textWidth', () => {
  it('grows with the text and the size, wide letters wider than narrow ones', () => {
    expect(textWidth('100,000', 14)).toBeGreaterThan(textWidth('10,000', 14));
    expect(textWidth('100,000', 28)).toBeCloseTo(2 * textWidth('100,000', 14));
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12) * 2);
    // A 14 px digit string is about 8 px a digit in Noto Sans; the estimate must not fall short.
    expect(textWidth('70,000–100,000 or more', 14)).toBeGreaterThan(140);
  });
});
