import { ARTICLE_DATE_LATEST, battlePeriods, durationClaims } from '../../../data/figures/battles';
import { lossClaims, lossContext } from '../../../data/figures/losses';
import { shellClaims, shellContext } from '../../../data/figures/shells';
import { perMonth, perMonthAuthorReading } from './per-month';
import type { BattleId } from '$content/charts';
import type { FigureParts } from '$content/figure-files';
import type {
  BattlePeriod,
  ClaimFigure,
  ContextFigure,
  DerivedFigure,
  Figure
} from '../../../data/figures/figure-schema';

export interface Figures {
  losses: { claims: ClaimFigure[]; context: ContextFigure[] };
  shells: { claims: ClaimFigure[]; context: ContextFigure[] };
  durations: { periods: BattlePeriod[]; claims: ClaimFigure[] };
  perMonth: DerivedFigure[];
  /** The author's own reading for Pokrovsk ("a year", p8), shown beside our range in the per-month step. */
  perMonthAuthorReading: DerivedFigure;
  /** Every record, for "every figure has a source" checks. */
  all: Figure[];
  /** The window in which the article was written (data/raw/facts/FACTS.md §1); closes Pokrovsk's
   * open end. */
  articleDate: { earliest: string; latest: string };
}

/** Earliest date the article can date from: it treats the mine as captured (claimed ~27–28 Oct 2025). */
const ARTICLE_DATE_EARLIEST = '2025-10-28';

const claimsOf = (figures: Figure[]) => figures.filter((f): f is ClaimFigure => f.kind === 'claim');
const contextOf = (figures: Figure[]) => figures.filter((f): f is ContextFigure => f.kind === 'context');

/** Splits claims from context and derives losses per month. */
export function assembleFigures({ losses, shells, durations, periods }: FigureParts): Figures {
  const articleDate = { earliest: ARTICLE_DATE_EARLIEST, latest: ARTICLE_DATE_LATEST };
  const periodOf = (battle: BattleId) => {
    const period = periods.find((p) => p.battle === battle);
    // Runs before validation when a module imports the figures, so it names the problem itself.
    if (!period)
      throw new Error(
        `data/figures/battles.ts: no battle period for "${battle}", which a loss figure needs for its per-month rate`
      );
    return period;
  };
  const lossClaimFigures = claimsOf(losses);
  const derived = lossClaimFigures
    .filter((c) => c.battle !== 'bakhmut-and-avdiivka' && c.battle !== 'front-wide')
    .map((c) => perMonth(c, periodOf(c.battle as BattleId), articleDate));
  const byId = (list: Figure[], id: string) => {
    const found = claimsOf(list).find((f) => f.id === id);
    if (!found) throw new Error(`data/figures: no claim "${id}", which the author's per-month reading needs`);
    return found;
  };
  const authorReading = perMonthAuthorReading(
    byId(losses, 'claim-pokrovsk-losses'),
    byId(durations, 'claim-pokrovsk-a-year')
  );
  return {
    losses: { claims: lossClaimFigures, context: contextOf(losses) },
    shells: { claims: claimsOf(shells), context: contextOf(shells) },
    durations: { periods, claims: claimsOf(durations) },
    perMonth: derived,
    perMonthAuthorReading: authorReading,
    all: [...losses, ...shells, ...durations, ...derived, authorReading],
    articleDate
  };
}

/**
 * The browser's copy: the same files without the validator (valibot stays out of the bundle).
 * Safe because the build ran `loadFigures()` on exactly these files and fails on any bad record;
 * a unit test checks both paths give the same figures.
 */
export function trustedFigures(): Figures {
  return assembleFigures({
    losses: [...lossClaims, ...lossContext] as Figure[],
    shells: [...shellClaims, ...shellContext] as Figure[],
    durations: durationClaims as Figure[],
    periods: battlePeriods
  });
}
