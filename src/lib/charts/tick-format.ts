import { format } from 'd3-format';

const siTick = format('~s');

/** Axis ticks: "0", "50k", "100k" — short enough for a 320 px wide chart. */
export function formatTick(n: number): string {
  return n === 0 ? '0' : siTick(n);
}
