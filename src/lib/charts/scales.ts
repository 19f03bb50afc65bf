import { max } from 'd3-array';
import { scaleBand, scaleLinear, scaleUtc, type ScaleBand, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { ContextMark, RangeRow } from './ranges';

/** Room past the highest value for the "could exceed" arrow, as a share of the domain. */
export const OPEN_END_SHARE = 0.12;

/** The value axis of a range chart: from zero (lengths are compared) to the largest number shown. */
export function valueScale(rows: RangeRow[], marks: ContextMark[], range: [number, number]): ScaleLinear<number, number> {
  const top = max([...rows.map((r) => r.high * (r.openHigh ? 1 + OPEN_END_SHARE : 1)), ...marks.map((m) => m.value)]) ?? 1;
  return scaleLinear().domain([0, top]).nice(4).range(range);
}

export function rowScale<T extends string>(keys: T[], range: [number, number]): ScaleBand<T> {
  return scaleBand<T>().domain(keys).range(range).paddingInner(0);
}

export function timeScale(start: string, end: string, range: [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)])
    .range(range);
}

/** Fewer ticks on a phone, so 12 px labels never collide. */
export function tickCount(width: number): number {
  return width < 420 ? 3 : width < 700 ? 5 : 7;
}
