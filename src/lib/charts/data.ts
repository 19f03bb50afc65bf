import { loadFigures } from '../../content/figures';
import { contextMarks, rangeRows } from './ranges';

/**
 * Validated once, when the module loads: a bad record fails `vite build` (prerender) with a
 * message naming the file, the record and the field. Read-only from here on.
 */
export const figures = loadFigures();

export const chartData = {
  lossRows: rangeRows(figures.losses.claims),
  lossMarks: contextMarks(figures.losses.context),
  perMonthRows: rangeRows(figures.perMonth)
} as const;
