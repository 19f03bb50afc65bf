import { battlePeriods, durationClaims } from '../../data/figures/battles';
import { lossClaims, lossContext } from '../../data/figures/losses';
import { shellClaims, shellContext } from '../../data/figures/shells';
import type { BattlePeriod, Figure } from '../../data/figures/figure-schema';
import { article } from './article';
import { checkFigureReferences, validateBattlePeriods, validateFigures } from './validate-figures';

/** The figure files, parsed or (in the browser) trusted, before the model puts them together. */
export interface FigureParts {
  losses: Figure[];
  shells: Figure[];
  durations: Figure[];
  periods: BattlePeriod[];
}

/**
 * Validates every figure file; throws a StoryValidationError naming file, record and field.
 * Runs at build time (`loadContent()` in every route's server load) and in tests; the model's
 * `loadFigures()` adds the derived figures on top, the browser's `trustedFigures()` skips this.
 */
export function loadFigureFiles(): FigureParts {
  const parts: FigureParts = {
    losses: validateFigures([...lossClaims, ...lossContext], 'data/figures/losses.ts', article.blocks),
    shells: validateFigures([...shellClaims, ...shellContext], 'data/figures/shells.ts', article.blocks),
    durations: validateFigures(durationClaims, 'data/figures/battles.ts', article.blocks),
    periods: validateBattlePeriods(battlePeriods, 'data/figures/battles.ts')
  };
  checkFigureReferences([...parts.losses, ...parts.shells, ...parts.durations], 'data/figures');
  return parts;
}
