import { CHART_LEGEND_COPY } from '$content/chart-copy';
import type { ChartState } from '../model/chart-state';
import { articleFloor } from '../model/shell-summary';
import { figures } from './chart-data';

export interface LegendItem {
  key: string;
  swatch:
    | 'bar'
    | 'dot'
    | 'arrow'
    | 'whisker'
    | 'hatch'
    | 'diamond'
    | 'diamond-hollow'
    | 'triangle'
    | 'triangle-hollow'
    | 'dashed'
    | 'span-ukraine'
    | 'span-us'
    | 'span-media'
    | 'uncertain'
    | 'up';
  text: string;
}

const item = (key: string, swatch: LegendItem['swatch'], text: string): LegendItem => ({ key, swatch, text });

/** The key for each chart state; context entries only when context is drawn. The words are in
 * src/content/chart-copy.ts. */
export function legendFor(state: ChartState): LegendItem[] {
  const L = CHART_LEGEND_COPY;
  switch (state.chart) {
    case 'losses':
      // At most four entries: what each mark says beyond this is written beside it.
      return state.showContext
        ? [
            item('range', 'bar', L.lossesContext.range),
            item('ctx-whole', 'diamond', L.lossesContext.ctxWhole),
            item('ctx-partial', 'diamond-hollow', L.lossesContext.ctxPartial),
            item('ctx-killed', 'triangle', L.lossesContext.ctxKilled)
          ]
        : [
            item('range', 'bar', L.losses.range),
            item('approx', 'whisker', L.losses.approx),
            item('open', 'arrow', L.losses.open)
          ];
    case 'per-month':
      return [
        item('derived', 'hatch', L.perMonth.derived),
        item('approx', 'whisker', L.perMonth.approx),
        item('open', 'arrow', L.perMonth.open)
      ];
    case 'durations':
      return [
        item('span', 'bar', L.durations.span),
        item('uncertain', 'uncertain', L.durations.uncertain),
        item('open', 'arrow', L.durations.open)
      ];
    case 'shells':
      return [
        item('article', 'arrow', L.shells.article(String(articleFloor(figures.shells.claims)))),
        ...(state.showContext
          ? [
              item('ukraine', 'span-ukraine', L.shells.ukraine),
              item('us', 'span-us', L.shells.us),
              item('at-least', 'up', L.shells.atLeast)
            ]
          : [])
      ];
  }
}
