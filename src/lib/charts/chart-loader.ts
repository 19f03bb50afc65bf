// The live chart (d3 scales, tweens, one component per mark) is a lazy chunk: the page shows the
// prerendered image until it arrives. One promise, so every panel shares one download.
import type { Component } from 'svelte';
import type { ChartState } from './table';

export interface LiveChartProps {
  chartState: ChartState;
  width: number;
  uid: string;
  title: string;
  desc: string;
}

let loading: Promise<Component<LiveChartProps>> | undefined;
let loaded: Component<LiveChartProps> | undefined;

export function loadLiveChart(): Promise<Component<LiveChartProps>> {
  loading ??= import('./ChartGraphic.svelte').then((m) => (loaded = m.default));
  return loading;
}

/** The component if it has arrived: a panel mounted later (the next chart step) starts live, with no image in between. */
export const loadedLiveChart = (): Component<LiveChartProps> | undefined => loaded;
