import type { BattleId, ChartId } from '$content/charts';

/** What a chart panel shows: which chart, which battle in bold, and whether other estimates are drawn. */
export interface ChartState {
  chart: ChartId;
  highlight?: BattleId;
  showContext?: boolean;
}
