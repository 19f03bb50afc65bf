import type { ChartState } from './table';

// Margins and row heights of the three chart layouts, shared by the chart components and by
// the static images, which need their size before anything is drawn (no layout shift).

export const RANGE_LAYOUT = { left: 12, right: 16, top: 4, axis: 28, row: 68, rowWithMarks: 100 } as const;
// `foot` leaves room under the last row for the two-line capture-claim note of a narrow timeline.
export const TIMELINE_LAYOUT = { left: 12, right: 16, top: 4, axis: 28, row: 76, foot: 26 } as const;
export const SHELLS_LAYOUT = { left: 40, right: 16, top: 28, bottom: 28, height: 300 } as const;

/** Widths of the two prerendered layouts; a container query shows the one that fits. */
export const STATIC_CHART_WIDTHS = [
  { width: 300, cls: 'narrow' },
  { width: 640, cls: 'wide' }
] as const;

export const rangeRowHeight = (withMarks: boolean): number => (withMarks ? RANGE_LAYOUT.rowWithMarks : RANGE_LAYOUT.row);
export const rangeHeight = (rows: number, withMarks: boolean): number => RANGE_LAYOUT.top + rows * rangeRowHeight(withMarks) + RANGE_LAYOUT.axis;
export const timelineBottom = (rows: number): number => TIMELINE_LAYOUT.top + rows * TIMELINE_LAYOUT.row + TIMELINE_LAYOUT.foot;

export interface RowCounts {
  losses: number;
  lossMarks: number;
  perMonth: number;
  periods: number;
}

/** Height of a chart state's drawing; width does not change it (rows have fixed heights). */
export function chartHeight(state: ChartState, rows: RowCounts): number {
  switch (state.chart) {
    case 'losses':
      return rangeHeight(rows.losses, !!state.showContext && rows.lossMarks > 0);
    case 'per-month':
      return rangeHeight(rows.perMonth, false);
    case 'durations':
      return timelineBottom(rows.periods) + TIMELINE_LAYOUT.axis;
    case 'shells':
      return SHELLS_LAYOUT.height;
  }
}
