import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_REPAINT_MS, throttleWhileHidden } from './hidden-repaint';

/** A stand-in for a MapLibre map: triggerRepaint on its prototype, as on maplibregl.Map. */
class FakeMap {
  frames = 0;
  triggerRepaint() {
    this.frames += 1;
  }
}

describe('throttleWhileHidden', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes every repaint through while the map is shown', () => {
    const map = new FakeMap();
    throttleWhileHidden(map, () => false);
    for (let i = 0; i < 5; i++) map.triggerRepaint();
    expect(map.frames).toBe(5);
  });

  it('holds a hidden map to one repaint per interval, however often it asks', () => {
    const map = new FakeMap();
    throttleWhileHidden(map, () => true);
    const at: number[] = [];
    for (let ms = 0; ms < 2000; ms += 16) {
      const before = map.frames;
      map.triggerRepaint();
      vi.advanceTimersByTime(16);
      if (map.frames > before) at.push(ms);
    }
    // Two seconds of asking every frame: a repaint every ~250 ms (7 of them), not 125.
    expect(at.length).toBe(7);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(HIDDEN_REPAINT_MS);
  });

  it('repaints at once when the map is shown again, and drops the held repaint', () => {
    const map = new FakeMap();
    let hidden = true;
    throttleWhileHidden(map, () => hidden);
    map.triggerRepaint();
    expect(map.frames).toBe(0);
    hidden = false;
    map.triggerRepaint();
    expect(map.frames).toBe(1);
    vi.advanceTimersByTime(HIDDEN_REPAINT_MS * 2);
    expect(map.frames).toBe(1);
  });

  it('gives the map its own triggerRepaint back', () => {
    const map = new FakeMap();
    const undo = throttleWhileHidden(map, () => true);
    map.triggerRepaint();
    undo();
    vi.advanceTimersByTime(HIDDEN_REPAINT_MS);
    expect(map.frames).toBe(0);
    map.triggerRepaint();
    expect(map.frames).toBe(1);
    expect(Object.hasOwn(map, 'triggerRepaint')).toBe(false);
  });
});
