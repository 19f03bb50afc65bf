// Every date shown for a battle (map labels and captions, the timeline's axis, notes and claim
// marker) is derived here from the records in data/figures/battles.ts, their one owner.
import { battlePeriods } from '../../../data/figures/battles';
import type { BattleId, BattlePeriod } from '../../../data/figures/figure-schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-07-17" → "Jul 2024" (a fixed list, not Intl: ICU's en-GB spells September "Sept"). */
export const monthYear = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** "Feb or Jul 2024" when the sources disagree on the start month, else "Aug 2022". */
export function startMonths(period: BattlePeriod): string {
  const [a, b] = [monthYear(period.start.earliest), monthYear(period.start.latest)];
  if (a === b) return a;
  return a.slice(4) === b.slice(4) ? `${a.slice(0, 3)} or ${b}` : `${a} or ${b}`;
}

/**
 * The map's short label: "Aug 2022 – May 2023", or "Jul 2024 – end disputed" for a battle with no
 * agreed end ("since …" would say the fighting runs on to today, which no dated source says). The
 * map counts from the latest start (for Pokrovsk, the offensive on the city itself).
 */
export function battleSpan(period: BattlePeriod): string {
  const start = monthYear(period.start.latest);
  return period.end.date ? `${start} – ${monthYear(period.end.date)}` : `${start} – end disputed`;
}

/** Where a timeline of these periods starts and ends: two months before the first start, the
 * first of the month after the last source's date. */
export function timelineDomain(periods: readonly BattlePeriod[]): { start: string; end: string } {
  const first = periods.map((p) => p.start.earliest).sort()[0]!;
  const last = periods
    .map((p) => p.asOf)
    .sort()
    .at(-1)!;
  const shift = (iso: string, months: number) => {
    const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + months, 1));
    return d.toISOString().slice(0, 10);
  };
  return { start: shift(first, -2), end: shift(last, 1) };
}

/** The disputed capture claims that end a battle's solid bar, by battle. */
export function claimedEnds(periods: readonly BattlePeriod[]): Partial<Record<BattleId, string>> {
  return Object.fromEntries(periods.flatMap((p) => (p.end.claimed ? [[p.battle, p.end.claimed]] : [])));
}

/** Map labels by place ID (the battle towns share their battle's ID). */
export const BATTLE_SPANS: Record<BattleId, string> = Object.fromEntries(
  battlePeriods.map((p) => [p.battle, battleSpan(p)])
) as Record<BattleId, string>;

/** The publishers the battle records cite, in order, for the map caption's "dates:" credit. */
export const BATTLE_SOURCES: string = [
  ...new Set(battlePeriods.flatMap((p) => p.citations.map((c) => c.publisher)))
].join('; ');
