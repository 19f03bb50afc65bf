import { describe, expect, it } from 'vitest';
import { TILE_SIZE, type Camera } from './camera';
import { projectionFor } from './projection';

const camera = (zoom: number, padding = { top: 0, right: 0, bottom: 0, left: 0 }): Camera => ({
  center: [37.2, 48.3],
  zoom,
  bearing: 0,
  pitch: 0,
  padding
});
const size = { width: 400, height: 600 };

describe('projectionFor', () => {
  it('puts the centre in the middle of the padded area, like MapLibre', () => {
    const [x, y] = projectionFor(camera(8, { top: 0, right: 0, bottom: 200, left: 100 }), size)([37.2, 48.3])!;
    expect(x).toBeCloseTo(100 + 300 / 2, 6);
    expect(y).toBeCloseTo(400 / 2, 6);
  });
  it('uses MapLibre pixel scale: one degree of longitude = 512·2^z/360 px', () => {
    for (const z of [5, 9]) {
      const p = projectionFor(camera(z), size);
      expect(p([38.2, 48.3])![0] - p([37.2, 48.3])![0]).toBeCloseTo((TILE_SIZE * 2 ** z) / 360, 3);
    }
  });
});
