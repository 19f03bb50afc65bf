import { describe, expect, it } from 'vitest';
import { summarise } from './scroll.mjs';

describe('summarise', () => {
  it('counts frames later than 25 ms, and those in which the live map drew', () => {
    const frames = [16, 17, 40, 16, 90, 26, 25, 16];
    const mapFrames = [false, false, true, true, false, true, true, false];
    const summary = summarise({ longTasks: [60, 120], frames, mapFrames });
    expect(summary.frames).toBe(8);
    expect(summary.lateFrames).toBe(3); // 40, 90, 26 (25 is on time)
    expect(summary.lateFramesMapDrawing).toBe(2); // 40 and 26
    expect(summary.longestTaskMs).toBe(120);
  });

  it('reads a page without a map as one whose late frames are all its own', () => {
    const summary = summarise({ longTasks: [], frames: [16, 50, 16] });
    expect(summary.lateFrames).toBe(1);
    expect(summary.lateFramesMapDrawing).toBe(0);
    expect(summary.longestTaskMs).toBe(0);
  });
});
