import { loadFigureFiles } from '$content/figure-files';
import { checkFigureReferences } from '$content/validate-figures';
import { assembleFigures, type Figures } from './figures';

/** The validated figure files plus our derived figures (per month), with every derived figure's
 * inputs checked. Build time and tests only; the browser uses `trustedFigures()`. */
export function loadFigures(): Figures {
  const figures = assembleFigures(loadFigureFiles());
  checkFigureReferences(figures.all, 'data/figures');
  return figures;
}
