import { describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../model/palette';
import { MARKS } from './marks';

// WCAG 2.x relative luminance and contrast ratio, written out here (not imported) so the check
// does not share code with what it checks.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

// The map is a light picture in both colour schemes: labels sit on their white halo, over land,
// Donetsk oblast, neighbours or water. The halo is thin, so each ground must pass too.
const GROUNDS = {
  halo: MAP_COLORS.halo,
  land: MAP_COLORS.land,
  donetsk: MAP_COLORS.donetsk,
  neighbour: MAP_COLORS.neighbour,
  water: MAP_COLORS.water
};

describe('map label colours', () => {
  const labels = MARKS.filter((m) => m.type === 'label');
  it.each(labels.map((m) => [m.id, m.color] as const))('%s (%s) passes 4.5:1 on every ground', (_id, color) => {
    for (const [ground, bg] of Object.entries(GROUNDS)) expect(ratio(color, bg), ground).toBeGreaterThanOrEqual(4.5);
  });
  it('the credit line (#1d1f21 on 90% white over the map) passes 4.5:1', () => {
    expect(ratio('#1d1f21', MAP_COLORS.water)).toBeGreaterThanOrEqual(4.5);
  });
});
