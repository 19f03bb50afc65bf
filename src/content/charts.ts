// Registry of chart panels the story may ask for; the charts issue owns what they draw.

export const CHART_IDS = ['losses', 'durations', 'per-month', 'shells'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export { BATTLE_IDS, type BattleId } from '../../data/figures/figure-vocabulary';
