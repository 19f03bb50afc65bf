// Names of the prerendered chart images (src/routes/charts/[file]): one per chart state and
// static width, named from the state's content so the page, the endpoint and the tests agree.
import { BATTLE_IDS, CHART_IDS, type BattleId, type ChartId } from '$content/charts';
import type { ChartState } from './chart-state';

/** Widths of the two prerendered layouts; a container query shows the one that fits. */
export const STATIC_CHART_WIDTHS = [
  { width: 300, cls: 'narrow' },
  { width: 640, cls: 'wide' }
] as const;

const NO_HIGHLIGHT = 'all';

export function chartFile(state: ChartState, width: number): string {
  return `${state.chart}--${state.highlight ?? NO_HIGHLIGHT}--${state.showContext ? 'context' : 'plain'}--${width}.svg`;
}

const isChart = (s: string): s is ChartId => (CHART_IDS as readonly string[]).includes(s);
const isBattle = (s: string): s is BattleId => (BATTLE_IDS as readonly string[]).includes(s);
const WIDTHS = new Set<number>(STATIC_CHART_WIDTHS.map((w) => w.width));

/** The state and width a file name stands for, or undefined for anything that is not one of ours. */
export function parseChartFile(file: string): { state: ChartState; width: number } | undefined {
  const match = /^([a-z-]+?)--([a-z]+)--(context|plain)--(\d{1,4})\.svg$/.exec(file);
  if (!match) return undefined;
  const [, chart, highlight, context, widthText] = match as unknown as [string, string, string, string, string];
  const width = Number(widthText);
  if (!isChart(chart) || !WIDTHS.has(width)) return undefined;
  if (highlight !== NO_HIGHLIGHT && !isBattle(highlight)) return undefined;
  const state: ChartState = { chart, showContext: context === 'context' };
  if (highlight !== NO_HIGHLIGHT) state.highlight = highlight as BattleId;
  return { state, width };
}
