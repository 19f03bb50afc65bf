import { ARTICLE_DATE_LATEST, battlePeriods, durationClaims } from '../../data/figures/battles';
import { lossClaims, lossContext } from '../../data/figures/losses';
import { shellClaims, shellContext } from '../../data/figures/shells';
import { perMonth } from '../lib/charts/per-month';
import { article } from './article';
import type { BattleId } from './charts';
import type { BattlePeriod, ClaimFigure, ContextFigure, DerivedFigure, Figure } from './figure-schema';
import { checkFigureReferences, validateBattlePeriods, validateFigures } from './validate-figures';

export interface Figures {
  losses: { claims: ClaimFigure[]; context: ContextFigure[] };
  shells: { claims: ClaimFigure[]; context: ContextFigure[] };
  durations: { periods: BattlePeriod[]; claims: ClaimFigure[] };
  perMonth: DerivedFigure[];
  /** Every record, for "every figure has a source" checks. */
  all: Figure[];
  /** The window in which the article was written (FACTS §1); closes Pokrovsk's open end. */
  articleDate: { earliest: string; latest: string };
}

/** Earliest date the article can date from: it treats the mine as captured (claimed ~27–28 Oct 2025). */
const ARTICLE_DATE_EARLIEST = '2025-10-28';

const claimsOf = (figures: Figure[]) => figures.filter((f): f is ClaimFigure => f.kind === 'claim');
const contextOf = (figures: Figure[]) => figures.filter((f): f is ContextFigure => f.kind === 'context');

/** Validates every figure file; throws a StoryValidationError naming file, record and field. */
export function loadFigures(): Figures {
  const losses = validateFigures([...lossClaims, ...lossContext], 'data/figures/losses.ts', article.blocks);
  const shells = validateFigures([...shellClaims, ...shellContext], 'data/figures/shells.ts', article.blocks);
  const durationFigures = validateFigures(durationClaims, 'data/figures/battles.ts', article.blocks);
  const periods = validateBattlePeriods(battlePeriods, 'data/figures/battles.ts');
  const articleDate = { earliest: ARTICLE_DATE_EARLIEST, latest: ARTICLE_DATE_LATEST };

  const periodOf = (battle: BattleId) => periods.find((p) => p.battle === battle)!;
  const lossClaimFigures = claimsOf(losses);
  const derived = lossClaimFigures
    .filter((c) => c.battle !== 'bakhmut-and-avdiivka' && c.battle !== 'front-wide')
    .map((c) => perMonth(c, periodOf(c.battle as BattleId), articleDate));
  const all = [...losses, ...shells, ...durationFigures, ...derived];
  checkFigureReferences(all, 'data/figures');

  return {
    losses: { claims: lossClaimFigures, context: contextOf(losses) },
    shells: { claims: claimsOf(shells), context: contextOf(shells) },
    durations: { periods, claims: claimsOf(durationFigures) },
    perMonth: derived,
    all,
    articleDate
  };
}
