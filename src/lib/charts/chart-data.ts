import { trustedFigures } from '../model/figures';
import { contextMarks, rangeRows } from './ranges';

/**
 * The chart records, read-only. Validation is not repeated here: `loadContent()` validates them
 * in every route's server load, so a bad record fails `vite build` naming the file, the record
 * and the field, and valibot stays out of the browser bundle.
 */
export const figures = trustedFigures();

export const chartData = {
  lossRows: rangeRows(figures.losses.claims),
  lossMarks: contextMarks(figures.losses.context),
  perMonthRows: rangeRows(figures.perMonth)
} as const;
