import type { ChartState } from '../model/chart-state';
import { chartCopyFor } from './chart-copy';
import { chartData, figures } from './chart-data';
import { FRAME, SHELLS_LAYOUT, drawingScale, frameLayout, timelineBottom, widthScale } from './layout';
import { rangeLayout } from './range-layout';
import { timelineRows } from './timeline-layout';

/**
 * Height of a chart state's drawing at a width, in the drawing's units. The page needs it before
 * the chart is drawn (the images' width and height, no layout shift), so it comes from the same
 * d3-free layouts the charts draw with.
 */
export function chartHeight(state: ChartState, width: number, fit: Fit = {}): number {
  const frame = frameLayout(chartCopyFor(state), width, fit.dense);
  switch (state.chart) {
    case 'losses':
      return rangeLayout(chartData.lossRows, state.showContext ? chartData.lossMarks : [], width, '', {
        compact: fit.compact,
        dense: fit.dense,
        tight: fit.tight,
        frame
      }).height;
    case 'per-month':
      return rangeLayout(chartData.perMonthRows, [], width, '', { dense: fit.dense, frame }).height;
    case 'durations':
      return (
        timelineBottom(
          figures.durations.periods.length,
          frame.head,
          timelineRows(figures.durations.periods, figures.articleDate, width, fit.dense).row
        ) + frame.foot
      );
    case 'shells':
      return FRAME.head + shellsPlotHeight(fit.room) + FRAME.foot;
  }
}

/**
 * How a live chart fits a short stage: `room` is the height it has (drawing units); `compact`
 * numbers the estimates instead of labelling a line each; `dense` also tightens the rows and puts
 * the title's and the source's pairs of lines on one line each (see `frameLayout`).
 */
export interface Fit {
  compact?: boolean;
  dense?: boolean;
  /** Dense, with the estimates' lanes 13 px apart instead of 14. */
  tight?: boolean;
  room?: number;
}

/** The shells plot shrinks to the room it has, down to 150 px, from 260. */
export const shellsPlotHeight = (room?: number): number =>
  room === undefined
    ? SHELLS_LAYOUT.plot
    : Math.max(150, Math.min(SHELLS_LAYOUT.plot, Math.floor(room - FRAME.head - FRAME.foot)));

/**
 * The drawing's scale and fit for a width and the height the stage gives it (none for the images).
 * The full layout if it fits, else numbered lanes (`compact`), else `dense`: the first that fits
 * at a scale of at least 1 (type never under its layout size, 12 px). A projector may take
 * compact lanes anyway when they let the type be drawn much larger.
 */
export function fitChart(state: ChartState, width: number, maxHeight?: number): { scale: number; fit: Fit } {
  const byWidth = widthScale(width);
  // The images (no height given) are drawn at their own size: their width and height are fixed.
  if (!maxHeight) return { scale: 1, fit: {} };
  const sized = (level: Fit) => {
    const scale = drawingScale(
      width,
      chartHeight(state, width / byWidth, { ...level, room: maxHeight / byWidth }),
      maxHeight
    );
    const room = maxHeight / scale;
    const height = chartHeight(state, width / scale, { ...level, room });
    return { scale, fit: { ...level, room }, height, fits: height <= room };
  };
  const full = sized({ compact: false });
  // Numbered lanes instead of a labelled line per estimate, where that is what lets the chart fit
  // or keeps its type large (a projector).
  const compact = sized({ compact: true });
  let best = !full.fits || compact.scale > full.scale * 1.2 ? compact : full;
  for (const level of [
    { compact: true, dense: true },
    { compact: true, dense: true, tight: true }
  ]) {
    if (best.fits) break;
    const denser = sized(level);
    if (denser.fits || denser.height < best.height) best = denser;
  }
  return { scale: best.scale, fit: best.fit };
}
