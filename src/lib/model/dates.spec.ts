import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './dates';

describe('formatIsoDate', () => {
  it('writes months and days out', () => {
    expect(formatIsoDate('2026-03')).toBe('March 2026');
    expect(formatIsoDate('2025-01-14')).toBe('14 January 2025');
  });

  it('leaves anything else alone', () => {
    expect(formatIsoDate('undated')).toBe('undated');
    expect(formatIsoDate('2025-13')).toBe('2025-13');
  });
});

describe('formatIsoDate with an approximate day', () => {
  it('says "about"', () => {
    expect(formatIsoDate('~2023-05-22')).toBe('about 22 May 2023');
    expect(formatIsoDate('~late 2025')).toBe('~late 2025');
  });
});
