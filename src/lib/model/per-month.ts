import type { BattlePeriod, ClaimFigure, DerivedFigure } from '../../../data/figures/figure-schema';
import { battleMonths, type MonthsRange } from './duration';
import { formatDate } from './dates';
import { formatAmount, formatMonths } from './figure-format';

/** Rounded so the derived figure never looks more precise than the ranges it comes from. */
const ROUND_TO = 100;
const round = (n: number) => Math.round(n / ROUND_TO) * ROUND_TO;

function span(months: number, dates: { start: string; end: string }): string {
  return `${formatMonths(months)} (${formatDate(dates.start)} – ${formatDate(dates.end)})`;
}

/**
 * Losses per month = the article's loss range ÷ the battle's length. The low end divides by the
 * longest plausible duration and the high end by the shortest, so the result spans both
 * uncertainties; an open-ended claim ("could exceed") stays open-ended.
 */
export function perMonth(
  claim: ClaimFigure,
  period: BattlePeriod,
  openEnd: { earliest: string; latest: string }
): DerivedFigure {
  if (claim.metric !== 'losses' || claim.battle !== period.battle) {
    throw new Error(`perMonth: ${claim.id} is not a loss figure for ${period.battle}`);
  }
  const months: MonthsRange = battleMonths(period, openEnd);
  const low = claim.low ?? claim.high;
  const high = claim.high ?? claim.low;
  if (low === undefined || high === undefined) throw new Error(`perMonth: ${claim.id} has no number`);
  const sameDuration = Math.abs(months.max - months.min) < 0.05;
  const duration = sameDuration
    ? span(months.min, months.shortest)
    : `${span(months.min, months.shortest)} to ${span(months.max, months.longest)}`;
  const result = { low: round(low / months.max), high: round(high / months.min) };
  return {
    id: `derived-${claim.battle}-per-month`,
    kind: 'derived',
    metric: 'losses-per-month',
    unit: 'people per month',
    battle: claim.battle,
    ...result,
    openHigh: claim.openHigh,
    approximate: true,
    definition: claim.definition,
    scope: claim.scope,
    scopeNote: `our arithmetic from the article’s figure and the battle’s dates`,
    from: [claim.id],
    formula: `${formatAmount(claim)} ÷ ${duration} = ${formatAmount({ ...result, openHigh: claim.openHigh, approximate: true })} a month`
  };
}

/**
 * The author's own reading beside ours: his loss figure ÷ his own duration ("a year", p8), so a
 * reader can see how much of our range comes from the dates we chose.
 */
export function perMonthAuthorReading(claim: ClaimFigure, duration: ClaimFigure): DerivedFigure {
  const months = duration.low ?? duration.high;
  const value = claim.low ?? claim.high;
  if (
    duration.metric !== 'duration' ||
    months === undefined ||
    value === undefined ||
    claim.battle !== duration.battle
  ) {
    throw new Error(
      `perMonthAuthorReading: ${claim.id} ÷ ${duration.id} is not a loss figure over its battle's duration`
    );
  }
  const result = round(value / months);
  return {
    id: `derived-${claim.battle}-per-month-author-reading`,
    kind: 'derived',
    metric: 'losses-per-month',
    unit: 'people per month',
    battle: claim.battle,
    low: result,
    high: result,
    openHigh: claim.openHigh,
    approximate: true,
    definition: claim.definition,
    scope: claim.scope,
    scopeNote: `the article’s own figures: its loss figure over its own “a year” (${duration.paragraph})`,
    from: [claim.id, duration.id],
    formula: `${formatAmount(claim)} ÷ ${months} months = ${formatAmount({ low: result, high: result, openHigh: claim.openHigh, approximate: true })} a month`
  };
}
