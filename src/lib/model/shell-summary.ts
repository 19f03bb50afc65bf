// The shelling figures as the chart's words say them (text alternative, legend, the claim's
// label), computed from the records so no number is typed twice.
import type { ClaimFigure, ContextFigure } from '../../../data/figures/figure-schema';
import { formatAmount } from './figure-format';

/** The article's floor ("over 10,000"), or undefined if no claim carries a number. */
export function articleFloor(claims: readonly ClaimFigure[]): string | undefined {
  const floor = claims.find((c) => c.low !== undefined);
  return floor && formatAmount(floor);
}

/** One series' estimates as one range, lowest to highest: "20,000–70,000". */
export function seriesRange(context: readonly ContextFigure[], series: 'ukraine' | 'us-western'): string {
  const own = context.filter((c) => c.series === series);
  const values = own.flatMap((c) => [c.low, c.high]).filter((n): n is number => n !== undefined);
  if (!values.length) return 'no figures';
  return formatAmount({ low: Math.min(...values), high: Math.max(...values), openHigh: false, approximate: false });
}

/** The years the estimates cover: "2022–2025". */
export function yearSpan(context: readonly ContextFigure[]): string {
  const years = context.flatMap((c) => (c.period ? [c.period.start.slice(0, 4), c.period.end.slice(0, 4)] : [])).sort();
  const [first, last] = [years[0], years.at(-1)];
  return first === last ? (first ?? '') : `${first}–${last}`;
}
