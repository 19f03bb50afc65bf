import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format';

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
