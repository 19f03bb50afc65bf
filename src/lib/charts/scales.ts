import { scaleBand, scaleUtc, type ScaleBand, type ScaleTime } from 'd3-scale';

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
