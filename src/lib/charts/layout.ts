import type { BattleId } from '$content/charts';
import type { FrameCopy } from './chart-copy';
import { textWidth } from './text-metrics';

// Margins, type sizes and row heights of the chart layouts, shared by the chart components and
// by the static images, which need their size before anything is drawn (no layout shift).
// Units are the drawing's own (viewBox) px; a big panel draws the same layout scaled up
// (`drawingScale`), so a phone gets these sizes as they are and a projector larger ones.

/** Type sizes: nothing under 12 px on a phone. */
export const TYPE = { title: 16, unit: 13, label: 14, note: 13, axis: 13, source: 12 } as const;

/** Every chart: title and unit line above, ticks, axis label and source line below. */
export const FRAME = { head: 50, ticks: 18, axisLabel: 36, foot: 62 } as const;

export const RANGE_LAYOUT = { left: 12, right: 16, gap: 6, row: 64, barY: 40, barH: 14, line: 18 } as const;
/**
 * A range chart in a short stage (`dense`): name and definition share the line above the bar, and
 * the other estimates' lanes are closer together (marks are 12 px tall): 14 px apart, or 13 where
 * that is what lets the chart fit (`tight`).
 */
export const DENSE_RANGE = { row: 38, nameY: 13, barY: 20, line: 14, tightLine: 13, gap: 2 } as const;
export const TIMELINE_LAYOUT = { left: 12, right: 16, row: 76, barY: 44, foot: 26 } as const;
/** The durations chart in a short stage: name and dates on one line, the bar right under them. */
export const DENSE_TIMELINE = { row: 60, barY: 24 } as const;
/** `pad`: room above the plot for the vertical axis' label. */
export const SHELLS_LAYOUT = { left: 44, right: 16, plot: 260, pad: 22 } as const;

/**
 * Where a chart's own words go. Normally the title and unit are two lines on top, the axis label
 * and source two lines under the ticks. In a short stage (`dense`) each pair shares one line where
 * both fit side by side, which gives the plot 42 px more.
 */
export interface FrameLayout {
  head: number;
  foot: number;
  /** Where the unit line starts when it sits on the title's line. */
  unitX?: number;
  /** The axis label sits on the source's line, at the right. */
  axisInline: boolean;
}

export const FULL_FRAME: FrameLayout = { head: FRAME.head, foot: FRAME.foot, axisInline: false };

export function frameLayout(copy: FrameCopy, width: number, dense = false): FrameLayout {
  if (!dense) return FULL_FRAME;
  const right = width - 16;
  // The title is bold and the axis label italic: wider than the regular estimate.
  const unitX = 12 + textWidth(copy.title, TYPE.title) * 1.12 + 14;
  const unitFits = unitX + textWidth(copy.unit, TYPE.unit) <= right;
  const axisFits =
    12 + textWidth(copy.source, TYPE.source) + 20 + textWidth(`${copy.axis} →`, TYPE.axis) * 1.05 <= right;
  return {
    head: unitFits ? 30 : FRAME.head,
    foot: axisFits ? FRAME.foot - 20 : FRAME.foot,
    ...(unitFits ? { unitX } : {}),
    axisInline: axisFits
  };
}

/** Where each battle's block starts: a bar row, then one line per other estimate drawn for it. */
export function rangeBlocks(
  battles: BattleId[],
  lines: Partial<Record<BattleId, number>>,
  head: number = FRAME.head,
  row: number = RANGE_LAYOUT.row,
  line: number = RANGE_LAYOUT.line,
  gap = 6
): { battle: BattleId; top: number; height: number }[] {
  let top = head;
  return battles.map((battle) => {
    const height = row + (lines[battle] ?? 0) * line + (lines[battle] ? gap : 0);
    const block = { battle, top, height };
    top += height;
    return block;
  });
}

export const timelineBottom = (rows: number, head: number = FRAME.head, row: number = TIMELINE_LAYOUT.row): number =>
  head + rows * row + TIMELINE_LAYOUT.foot;

/** 1 up to a 600 px panel, then in proportion (a projector's 1,000 px panel: 12 px type drawn at 20 px), at most 2.5. */
export const widthScale = (width: number): number => Math.min(2.5, Math.max(1, width / 600));

/**
 * How much larger than its layout a chart is drawn: 1 up to a 600 px panel, then in proportion
 * (a projector's panel gets larger type), but never so large that it outgrows `maxHeight`.
 */
export function drawingScale(width: number, naturalHeight: number, maxHeight?: number): number {
  const byWidth = widthScale(width);
  if (!maxHeight || maxHeight <= 0) return byWidth;
  return Math.max(1, Math.min(byWidth, maxHeight / naturalHeight));
}
