// The live chart (d3 scales, tweens, one component per mark) is a lazy chunk: the page shows the
// prerendered image until it arrives.
import { lazyComponent } from '../lazy-component';
import type { ChartState } from '../model/chart-state';

export interface LiveChartProps {
  chartState: ChartState;
  width: number;
  maxHeight?: number;
  uid: string;
  title: string;
  desc: string;
}

export const liveChart = lazyComponent<LiveChartProps>(() => import('./ChartGraphic.svelte'));
