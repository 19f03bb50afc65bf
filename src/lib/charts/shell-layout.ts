import { CHART_MARK_COPY } from '$content/chart-copy';
import type { ClaimFigure, ContextFigure } from '../../../data/figures/figure-schema';
import { parseDay } from '../model/dates';
import { formatAmount } from '../model/figure-format';
import { TYPE } from './layout';
import { textWidth } from './text-metrics';

// Where the shells chart's boxes, their numbers and the article's two labels go. The numbers
// (1, 2, … in the records' order, the table's # column) sit above their box, moved up until they
// overlap nothing; each of the article's labels takes the first of its candidate places that
// overlaps no box and no other label, so on a phone the words never sit on a box.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const overlaps = (a: Rect, b: Rect, pad = 1): boolean =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

export interface BoxLayout {
  estimate: ContextFigure;
  n: number;
  rect: Rect;
  /** "at least": an up-arrow over the box. */
  openHigh: boolean;
  number: { x: number; y: number };
}

export interface LabelLayout {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface ShellLayout {
  boxes: BoxLayout[];
  floorLabel?: LabelLayout;
  dropLabel?: LabelLayout;
}

const MIN = 6;
const BOLD = 1.12;
const LINE = 15;

function labelRect(l: LabelLayout, size: number): Rect {
  // Drawn semibold: wider than the regular estimate.
  const w = Math.max(...l.lines.map((t) => textWidth(t, size) * BOLD));
  return { x: l.anchor === 'end' ? l.x - w : l.x, y: l.y - size, w, h: size + (l.lines.length - 1) * LINE + 3 };
}

export function shellLayout(
  claims: readonly ClaimFigure[],
  estimates: readonly ContextFigure[],
  x: (d: Date) => number,
  y: (v: number) => number,
  plot: { left: number; right: number; top: number; bottom: number }
): ShellLayout {
  const taken: Rect[] = [];
  const boxes = estimates.flatMap((e, i): BoxLayout[] => {
    if (!e.period) return [];
    const x0 = x(parseDay(e.period.start));
    const x1 = x(parseDay(e.period.end));
    const top = y(e.high ?? e.low ?? 0);
    const base = y(e.low ?? 0);
    const w = Math.max(MIN, x1 - x0);
    const h = Math.max(MIN, base - top);
    const rect = { x: x0 + (x1 - x0 - w) / 2, y: top - (h - (base - top)) / 2, w, h };
    taken.push(rect, ...(e.openHigh ? [{ x: (x0 + x1) / 2 - 6, y: top - 16, w: 12, h: 10 }] : []));
    return [{ estimate: e, n: i + 1, rect, openHigh: e.openHigh, number: { x: 0, y: 0 } }];
  });
  const numbers: Rect[] = [];
  for (const b of boxes) {
    const label = String(b.n);
    const w = textWidth(label, TYPE.source) + 2;
    const cx = Math.min(plot.right - w / 2, Math.max(plot.left + w / 2, b.rect.x + b.rect.w / 2));
    let yy = b.rect.y - (b.openHigh ? 18 : 3);
    for (let tries = 0; tries < 12; tries++) {
      const r = { x: cx - w / 2, y: yy - TYPE.source, w, h: TYPE.source };
      if (![...taken, ...numbers].some((t) => overlaps(t, r))) break;
      yy -= 6;
    }
    b.number = { x: cx, y: yy };
    numbers.push({ x: cx - w / 2, y: yy - TYPE.source, w, h: TYPE.source });
  }
  const obstacles = [...taken, ...numbers];
  const place = (candidates: LabelLayout[]): LabelLayout | undefined => {
    const inside = (r: Rect) =>
      r.x >= 2 && r.x + r.w <= plot.right + 14 && r.y >= plot.top - 14 && r.y + r.h <= plot.bottom + 2;
    const ok = candidates.find((c) => {
      const r = labelRect(c, 13);
      return inside(r) && !obstacles.some((o) => overlaps(o, r));
    });
    const chosen = ok ?? candidates[candidates.length - 1];
    if (chosen) obstacles.push(labelRect(chosen, 13));
    return chosen;
  };
  const floor = claims.find((c) => c.low !== undefined);
  const drop = claims.find((c) => c.trend === 'down');
  let floorLabel: LabelLayout | undefined;
  let dropLabel: LabelLayout | undefined;
  if (floor?.period && floor.low !== undefined) {
    const x0 = x(parseDay(floor.period.start));
    const x1 = x(parseDay(floor.period.end));
    const y0 = y(floor.low);
    const { one, two } = CHART_MARK_COPY.shellFloor(formatAmount(floor));
    obstacles.push({ x: x0, y: y0 - 24, w: x1 - x0, h: 28 });
    // Last resort (a phone, every estimate drawn): the empty band at the top of the plot.
    floorLabel = place([
      { lines: one, x: x1, y: y0 - 30, anchor: 'end' },
      { lines: one, x: x0, y: y0 - 30, anchor: 'start' },
      { lines: two, x: x1, y: y0 - 45, anchor: 'end' },
      { lines: two, x: plot.left + 6, y: plot.top + 12, anchor: 'start' }
    ]);
  }
  if (drop?.period && floor?.low !== undefined) {
    const xd = x(parseDay(drop.period.end));
    const y0 = y(floor.low);
    obstacles.push({ x: xd - 7, y: y0, w: 14, h: 28 });
    const { one, two } = CHART_MARK_COPY.shellDrop;
    const below = floorLabel && floorLabel.y < y0 - 60 ? floorLabel.y + 32 : plot.top + 12;
    dropLabel = place([
      { lines: one, x: xd - 10, y: y0 + 22, anchor: 'end' },
      { lines: two, x: xd - 10, y: y0 + 16, anchor: 'end' },
      { lines: two, x: plot.left + 6, y: below, anchor: 'start' },
      { lines: two, x: plot.right, y: below, anchor: 'end' }
    ]);
  }
  return { boxes, floorLabel, dropLabel };
}
