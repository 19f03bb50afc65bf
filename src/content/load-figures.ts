import { battlePeriods, durationClaims } from '../../data/figures/battles';
import { lossClaims, lossContext } from '../../data/figures/losses';
import { shellClaims, shellContext } from '../../data/figures/shells';
import { article } from './article';
import { assembleFigures, type Figures } from './figures';
import { checkFigureReferences, validateBattlePeriods, validateFigures } from './validate-figures';

/** Validates every figure file; throws a StoryValidationError naming file, record and field.
 * Runs at build time (prerender) and in tests; the browser uses `trustedFigures()`. */
export function loadFigures(): Figures {
  const figures = assembleFigures({
    losses: validateFigures([...lossClaims, ...lossContext], 'data/figures/losses.ts', article.blocks),
    shells: validateFigures([...shellClaims, ...shellContext], 'data/figures/shells.ts', article.blocks),
    durations: validateFigures(durationClaims, 'data/figures/battles.ts', article.blocks),
    periods: validateBattlePeriods(battlePeriods, 'data/figures/battles.ts')
  });
  checkFigureReferences(figures.all, 'data/figures');
  return figures;
}
