import { CHART_COPY } from '$content/chart-copy';
import type { ChartState } from '../model/chart-state';

export interface FrameCopy {
  title: string;
  unit: string;
  axis: string;
  axisY?: string;
  source: string;
}

/** A chart state's title, unit line, axis label(s) and source line. */
export function chartCopyFor(state: ChartState): FrameCopy {
  const c = CHART_COPY[state.chart];
  const context = !!state.showContext;
  return {
    title: c.title,
    unit: context ? (c.unitContext ?? c.unit) : c.unit,
    axis: c.axis,
    ...(c.axisY ? { axisY: c.axisY } : {}),
    source: context ? (c.sourceContext ?? c.source) : c.source
  };
}
