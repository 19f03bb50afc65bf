import { CHART_MARK_COPY } from '$content/chart-copy';
import type { BattleId } from '$content/charts';
import { DENSE_RANGE, FULL_FRAME, RANGE_LAYOUT as M, TYPE, rangeBlocks, type FrameLayout } from './layout';
import type { ContextMark, RangeRow } from './ranges';
import { textWidth } from './text-metrics';

// Where everything of a range chart (losses, losses per month) goes, as plain numbers: the value
// axis, each bar's value label (at the end of its bar, or before its start when the end has no
// room), and one line per other estimate with its mark and its short source and date beside it.
// No d3 here: the page needs the heights (image sizes) before the chart's chunk loads.

/** Room past the highest value for the "could exceed" arrow, as a share of that value. */
export const OPEN_END_SHARE = 0.12;
/** "about": the dotted ends reach this share of the axis past each end. */
export const APPROX_SHARE = 0.04;
const BOLD = 1.12;
const MARK_R = 7;

/** The end of a 0-based axis with about `count` round ticks (d3's tick steps: 1, 2, 5 × 10ⁿ). */
export function niceTop(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  const step = power * (err >= 7.07 ? 10 : err >= 3.16 ? 5 : err >= 1.41 ? 2 : 1);
  return Math.ceil(max / step - 1e-9) * step;
}

export interface Linear {
  (value: number): number;
  top: number;
  left: number;
  end: number;
}

const linear = (left: number, end: number, top: number): Linear =>
  Object.assign((v: number) => left + ((end - left) * v) / top, { top, left, end });

export interface RowLayout {
  row: RangeRow;
  top: number;
  /** The battle's name, and what its figure counts: on the line under it, or beside it (dense). */
  name: { y: number };
  note: { x: number; y: number };
  /** Value label: after the bar's end, else before its start, else on the name's line. */
  label: { x: number; y: number; anchor: 'start' | 'end'; text: string };
  /** Where the value is too long for any one place: its "or more" on the definition's line. */
  more?: { x: number; y: number; text: string };
}

export interface LineLayout {
  mark: ContextMark;
  y: number;
  /** Where the mark is drawn; past the axis it sits at the edge with an off-scale marker. */
  x: number;
  offScale: boolean;
  /** One line, or two (source, then date) where neither side of the mark has room for one. */
  label: { x: number; anchor: 'start' | 'end'; lines: string[] };
}

export interface RangeLayout {
  x: Linear;
  rows: RowLayout[];
  lines: LineLayout[];
  /** The bars' band inside each row. */
  bar: { y: number; h: number };
  /** Bottom of the plot (top of the tick labels). */
  bottom: number;
  height: number;
}

export interface RangeOptions {
  /** A stage too short for a line per estimate: numbered lanes (see below). */
  compact?: boolean;
  /** A stage shorter still: tighter rows and lanes, estimates numbered on either side of their mark. */
  dense?: boolean;
  /** Dense, with lanes 13 px apart instead of 14. */
  tight?: boolean;
  /** Where the title and source lines leave the plot (`frameLayout`). */
  frame?: FrameLayout;
}

const rowEnd = (r: RangeRow, top: number) =>
  r.openHigh ? r.high * (1 + OPEN_END_SHARE) : r.approximate ? Math.min(top, r.high + top * APPROX_SHARE) : r.high;

/**
 * `compact` (a stage too short for a line per estimate, e.g. a phone on its side): the estimates
 * of a battle share as few lanes as keep them apart, each labelled with its number (the table's #).
 * `dense` (shorter still: a phone on its side, 200 % zoom): each battle's name and definition share
 * one line where every value label sits beside its bar, lanes are 14 px apart, and a number may
 * go before its mark when that saves a lane.
 */
export function rangeLayout(
  rows: RangeRow[],
  marks: ContextMark[],
  width: number,
  suffix = '',
  { compact: compactOpt = false, dense = false, tight = false, frame = FULL_FRAME }: RangeOptions = {}
): RangeLayout {
  const compact = compactOpt || dense;
  const left = M.left;
  const right = width - M.right;
  const top = niceTop(
    Math.max(
      ...rows.map((r) =>
        r.openHigh ? r.high * (1 + OPEN_END_SHARE) : r.approximate ? r.high * (1 + APPROX_SHARE) : r.high
      ),
      1
    )
  );
  const texts = rows.map((r) => r.text + suffix);
  const widths = texts.map((t) => textWidth(t, TYPE.label) * BOLD);
  // The axis ends where every end-placed label still fits; a label that would squeeze the axis
  // under three quarters of the plot goes before its bar's start instead.
  const minEnd = left + (right - left) * 0.75;
  const endFor = (i: number) =>
    left + ((right - M.gap - widths[i]! - (rows[i]!.openHigh ? 0 : 2) - left) * top) / rowEnd(rows[i]!, top);
  const placeAtEnd = rows.map((_, i) => endFor(i) >= minEnd);
  const end = Math.min(right, ...rows.flatMap((_, i) => (placeAtEnd[i] ? [endFor(i)] : [])));
  const x = linear(left, end, top);
  const battles = rows.map((r) => r.battle);
  const drawn = marks.filter((m) => battles.includes(m.battle));
  // Dense rows only where no value label needs the name's line.
  const nameW = (row: RangeRow) => textWidth(row.label + ' ◂', TYPE.label) * BOLD;
  const besideBar = rows.map((row, i) => {
    const startX =
      x(row.low) - M.gap - (row.approximate ? (x.end - left) * APPROX_SHARE : 0) - (row.high === row.low ? 8 : 0);
    return placeAtEnd[i] || startX - widths[i]! >= left;
  });
  const inline =
    dense &&
    besideBar.every(Boolean) &&
    rows.every((row) => left + nameW(row) + 8 + textWidth(row.definition, TYPE.note) <= right);
  const barY = inline ? DENSE_RANGE.barY : M.barY;
  const rowH = inline ? DENSE_RANGE.row : M.row;
  const lineH = dense ? (tight ? DENSE_RANGE.tightLine : DENSE_RANGE.line) : M.line;
  const barMid = barY + M.barH / 2 + 5;
  const names = (row: RangeRow) =>
    inline
      ? { name: { y: DENSE_RANGE.nameY }, note: { x: left + nameW(row) + 8, y: DENSE_RANGE.nameY } }
      : { name: { y: 16 }, note: { x: left, y: 32 } };
  const rowLayouts = rows.map((row, i): RowLayout => {
    const text = texts[i]!;
    const w = widths[i]!;
    const startX =
      x(row.low) - M.gap - (row.approximate ? (x.end - left) * APPROX_SHARE : 0) - (row.high === row.low ? 8 : 0);
    // Names are semibold (and the highlighted row bold): wider than the regular estimate.
    const nameEnd = left + textWidth(row.label + ' ◂', TYPE.label) * BOLD + 12;
    const base = { row, top: 0, ...names(row) };
    if (placeAtEnd[i])
      return {
        ...base,
        label: { x: x(rowEnd(row, top)) + M.gap + (row.openHigh ? 0 : 2), y: barMid, anchor: 'start', text }
      };
    if (startX - w >= left) return { ...base, label: { x: startX, y: barMid, anchor: 'end', text } };
    if (nameEnd + w <= right || !text.includes(' or more')) {
      return {
        ...base,
        label: { x: Math.min(right, Math.max(x(row.high), nameEnd + w)), y: 16, anchor: 'end', text }
      };
    }
    const [head, tail] = [text.slice(0, text.indexOf(' or more')), text.slice(text.indexOf(' or more') + 1)];
    const at = Math.min(right, Math.max(x(row.high), nameEnd + textWidth(head, TYPE.label) * BOLD));
    return { ...base, label: { x: at, y: 16, anchor: 'end', text: head }, more: { x: at, y: 32, text: tail } };
  });
  const wideLabels = width >= 520;
  type Planned = Omit<LineLayout, 'y'> & { rows: number; lane: number };
  const planned = new Map<BattleId, Planned[]>();
  for (const battle of battles) {
    if (compact) {
      planned.set(
        battle,
        compactLanes(
          drawn.filter((m) => m.battle === battle),
          marks,
          x,
          top,
          dense
        )
      );
      continue;
    }
    const own = drawn
      .filter((m) => m.battle === battle)
      .sort((a, b) => a.value - b.value)
      .map((mark): Planned => {
        const offScale = mark.value > top;
        const cx = x(Math.min(mark.value, top));
        const [who, when] = [mark.source.replace(/, [^,]*$/, ''), mark.source.replace(/^.*, /, '')];
        const amount = offScale ? CHART_MARK_COPY.offScale(mark.amount) : mark.amount;
        // Room taken beside the mark: the "more than"/"up to" tick, and the off-scale chevron.
        const after = MARK_R + (mark.direction === 'more' || offScale ? 18 : 0) + 4;
        const before = MARK_R + (mark.direction === 'less' ? 18 : 0) + 4;
        const fits = (lines: string[]) => {
          const w = Math.max(...lines.map((l) => textWidth(l, TYPE.source)));
          return { after: cx + after + w <= width - 2, before: cx - before - w >= 2 };
        };
        const options: string[][] = [
          ...(wideLabels || offScale ? [[`${mark.source} · ${amount}`]] : []),
          [mark.source],
          ...(offScale ? [[mark.source, amount]] : []),
          [who, offScale ? `${when} · ${amount}` : when]
        ];
        for (const lines of options) {
          const f = fits(lines);
          if (f.after || f.before) {
            const label = f.after
              ? { x: cx + after, anchor: 'start' as const, lines }
              : { x: cx - before, anchor: 'end' as const, lines };
            return { mark, x: cx, offScale, label, rows: lines.length, lane: 0 };
          }
        }
        const lines = options[options.length - 1]!;
        const useAfter = width - cx > cx;
        return {
          mark,
          x: cx,
          offScale,
          rows: lines.length,
          lane: 0,
          label: useAfter ? { x: cx + after, anchor: 'start', lines } : { x: cx - before, anchor: 'end', lines }
        };
      });
    planned.set(battle, own);
  }
  const lineCount: Partial<Record<BattleId, number>> = {};
  for (const [battle, own] of planned)
    lineCount[battle] = compact ? Math.max(0, ...own.map((p) => p.lane + 1)) : own.reduce((n, p) => n + p.rows, 0);
  const blocks = rangeBlocks(battles, lineCount, frame.head, rowH, lineH, dense ? DENSE_RANGE.gap : 6);
  blocks.forEach((block, i) => (rowLayouts[i]!.top = block.top));
  const lines = blocks.flatMap((block) => {
    let y = block.top + M.row + 4;
    return (planned.get(block.battle) ?? []).map(({ rows: n, lane, ...p }): LineLayout => {
      // Dense: the first lane starts right under the row (its bar ends 4 px above).
      if (compact) return { ...p, y: block.top + rowH + (dense ? 0 : 4) + lane * lineH + lineH / 2 };
      const line = { ...p, y: y + M.line / 2 };
      y += n * M.line;
      return line;
    });
  });
  const bottom = blocks.length ? blocks[blocks.length - 1]!.top + blocks[blocks.length - 1]!.height : frame.head;
  return { x, rows: rowLayouts, lines, bar: { y: barY, h: M.barH }, bottom, height: bottom + frame.foot };
}

/**
 * Lanes for one battle's estimates: each goes in the first lane where it and its number clear
 * what is already there. `twoSided` (dense): the number may go before the mark instead of after
 * it, when that lets it share a lane.
 */
function compactLanes(own: ContextMark[], all: ContextMark[], x: Linear, top: number, twoSided = false) {
  const lanes: [number, number][][] = [];
  const free = (lane: [number, number][], a: number, b: number) => lane.every(([s, e]) => b <= s || a >= e);
  return own
    .slice()
    .sort((a, b) => a.value - b.value)
    .map((mark) => {
      const offScale = mark.value > top;
      const cx = x(Math.min(mark.value, top));
      const n = String(all.indexOf(mark) + 1);
      const nw = textWidth(n, TYPE.source) + 4;
      const after = MARK_R + (mark.direction === 'more' || offScale ? 18 : 0) + 3;
      const before = MARK_R + (mark.direction === 'less' ? 18 : 0) + 3;
      const right: [number, number] = [cx - before + 3, cx + after + nw];
      const leftSide: [number, number] = [cx - before - nw, cx + after - 3];
      const sides = twoSided && leftSide[0] >= 2 ? [right, leftSide] : [right];
      // The first lane with room on a side (a new, empty lane always has room).
      let lane = lanes.findIndex((l) => sides.some(([a, b]) => free(l, a, b)));
      if (lane < 0) lane = lanes.push([]) - 1;
      const side = sides.find(([a, b]) => free(lanes[lane]!, a, b))!;
      lanes[lane]!.push(side);
      const label =
        side === right
          ? { x: cx + after, anchor: 'start' as const, lines: [n] }
          : { x: cx - before, anchor: 'end' as const, lines: [n] };
      return { mark, x: cx, offScale, rows: 1, lane, label };
    });
}
