import { describe, expect, it } from 'vitest';
import { formatTick } from './tick-format';

describe('axis ticks', () => {
  it('keeps ticks short for narrow charts', () => {
    expect([0, 50000, 100000].map(formatTick)).toEqual(['0', '50k', '100k']);
  });
});
