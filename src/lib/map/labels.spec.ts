import { describe, expect, it } from 'vitest';
import { glTextAnchor, placeLabels, svgLabelOffset } from './labels';

describe('placeLabels', () => {
  const frame = { width: 100, height: 100 };
  it('keeps labels in priority order and drops the ones that overlap', () => {
    const kept = placeLabels(
      [
        { x: 10, y: 10, width: 40, height: 10 },
        { x: 30, y: 15, width: 40, height: 10 },
        { x: 10, y: 40, width: 40, height: 10 }
      ],
      frame
    );
    expect(kept).toEqual([0, 2]);
  });
  it('drops labels that leave the frame', () => {
    expect(placeLabels([{ x: 80, y: 10, width: 40, height: 10 }], frame)).toEqual([]);
  });
});

describe('label sides', () => {
  it('anchor the text on the side facing the point', () => {
    expect(glTextAnchor('left')).toBe('right');
    expect(glTextAnchor('top')).toBe('bottom');
    expect(svgLabelOffset('left', 8, 12, 1)).toMatchObject({ dx: -8, textAnchor: 'end' });
    expect(svgLabelOffset('right', 8, 12, 2).textAnchor).toBe('start');
    expect(svgLabelOffset('bottom', 8, 12, 1).dy).toBeGreaterThan(8);
  });
});
