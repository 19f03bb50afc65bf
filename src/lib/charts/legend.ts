import type { ChartState } from './table';

export interface LegendItem {
  key: string;
  swatch: 'bar' | 'dot' | 'arrow' | 'whisker' | 'hatch' | 'diamond' | 'diamond-hollow' | 'triangle' | 'triangle-hollow' | 'dashed' | 'span-ukraine' | 'span-us' | 'uncertain';
  text: string;
}

const item = (key: string, swatch: LegendItem['swatch'], text: string): LegendItem => ({ key, swatch, text });

/** The key for each chart state; context entries only when context is drawn. */
export function legendFor(state: ChartState): LegendItem[] {
  switch (state.chart) {
    case 'losses':
      return [
        item('range', 'bar', 'The article’s range (dot: a single figure)'),
        item('approx', 'whisker', '“about”: dotted ends'),
        item('open', 'arrow', '“could exceed”: may be higher'),
        ...(state.showContext
          ? [
              item('ctx-whole', 'diamond', 'Other estimate, whole battle'),
              item('ctx-partial', 'diamond-hollow', 'Part of the battle or one force only'),
              item('ctx-killed', 'triangle', 'Deaths only, not wounded'),
              item('ctx-low', 'dashed', 'Low confidence')
            ]
          : [])
      ];
    case 'per-month':
      return [
        item('derived', 'hatch', 'Derived: the article’s range ÷ months of fighting (our arithmetic)'),
        item('approx', 'whisker', 'Rounded and approximate'),
        item('open', 'arrow', 'May be higher')
      ];
    case 'durations':
      return [
        item('span', 'bar', 'Dates from published sources'),
        item('uncertain', 'uncertain', 'Start or end not agreed'),
        item('open', 'arrow', 'Still contested at the last source')
      ];
    case 'shells':
      return [
        item('article', 'arrow', 'The article: over 10,000 a day at times, then a drop (no figure)'),
        ...(state.showContext
          ? [item('ukraine', 'span-ukraine', 'Ukrainian officials, front-wide'), item('us', 'span-us', 'US and Western officials, front-wide')]
          : [])
      ];
  }
}
