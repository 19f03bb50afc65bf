import type { BattlePeriod } from '../../../data/figures/figure-schema';
import { monthsBetween } from './dates';

export interface MonthsRange {
  min: number;
  max: number;
  /** The dates the range was computed from, for the formula text. */
  shortest: { start: string; end: string };
  longest: { start: string; end: string };
}

/**
 * A battle's length in months. An open end (ongoing or disputed) is closed with `openEnd`, a window
 * of dates, because a loss figure only covers the time up to when it was published.
 */
export function battleMonths(period: BattlePeriod, openEnd: { earliest: string; latest: string }): MonthsRange {
  const endEarliest = period.end.date ?? openEnd.earliest;
  const endLatest = period.end.date ?? openEnd.latest;
  const shortest = { start: period.start.latest, end: endEarliest };
  const longest = { start: period.start.earliest, end: endLatest };
  return {
    min: monthsBetween(shortest.start, shortest.end),
    max: monthsBetween(longest.start, longest.end),
    shortest,
    longest
  };
}
