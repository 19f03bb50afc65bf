/** Where a label sits relative to its point (a property of each place in places.geojson). */
export type LabelSide = 'left' | 'right' | 'top' | 'bottom';

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** MapLibre names the text's own anchor, i.e. the side facing the point: the opposite side. */
export function glTextAnchor(side: LabelSide): 'left' | 'right' | 'top' | 'bottom' {
  return ({ left: 'right', right: 'left', top: 'bottom', bottom: 'top' } as const)[side];
}

/** SVG placement for a label block of `lines` lines beside a point of radius `gap` px. */
export function svgLabelOffset(side: LabelSide, gap: number, lineHeight: number, lines: number) {
  const block = lineHeight * lines;
  switch (side) {
    case 'left':
      return { dx: -gap, dy: -block / 2 + lineHeight * 0.8, textAnchor: 'end' as const };
    case 'right':
      return { dx: gap, dy: -block / 2 + lineHeight * 0.8, textAnchor: 'start' as const };
    case 'top':
      return { dx: 0, dy: -gap - block + lineHeight * 0.8, textAnchor: 'middle' as const };
    case 'bottom':
      return { dx: 0, dy: gap + lineHeight * 0.8, textAnchor: 'middle' as const };
  }
}

/** A rough text width for collision tests; Noto Sans averages ~0.55 em per character. */
export function estimateWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Greedy placement in priority order, like MapLibre's collision pass: a label that would
 * overlap one already placed, or leave the frame, is dropped. Returns the kept indices. */
export function placeLabels(boxes: LabelBox[], frame: { width: number; height: number }): number[] {
  const kept: number[] = [];
  boxes.forEach((box, i) => {
    const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;
    if (inside && !kept.some((k) => overlaps(boxes[k]!, box))) kept.push(i);
  });
  return kept;
}
