import { describe, expect, it } from 'vitest';
import type { ClaimFigure, ContextFigure } from '../../../data/figures/figure-schema';
import { trustedFigures } from './figures';
import { articleFloor, seriesRange, yearSpan } from './shell-summary';

const { shells } = trustedFigures();

describe('the shelling words', () => {
  it('read the real records as the chart said them when they were typed by hand', () => {
    expect(articleFloor(shells.claims)).toBe('over 10,000');
    expect(seriesRange(shells.context, 'ukraine')).toBe('20,000–70,000');
    expect(seriesRange(shells.context, 'us-western')).toBe('5,000–20,000');
    expect(yearSpan(shells.context)).toBe('2022–2025');
  });

  it('follow an edited record', () => {
    const edited = shells.context.map((c) =>
      c.series === 'ukraine' && c.high === 70000 ? { ...c, high: 80000 } : c
    ) as ContextFigure[];
    expect(seriesRange(edited, 'ukraine')).toBe('20,000–80,000');
    expect(articleFloor([] as ClaimFigure[])).toBeUndefined();
  });
});
