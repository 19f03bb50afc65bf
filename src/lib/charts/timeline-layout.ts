import { CHART_MARK_COPY } from '$content/chart-copy';
import type { BattlePeriod } from '../../../data/figures/figure-schema';
import { startMonths } from '../model/battle-dates';
import { formatDate } from '../model/dates';
import { battleMonths } from '../model/duration';
import { formatMonths } from '../model/figure-format';
import { SUBJECT_LABEL } from '$content/figure-labels';
import { DENSE_TIMELINE, TIMELINE_LAYOUT as M, TYPE } from './layout';
import { textWidth } from './text-metrics';

// The durations chart's rows, as plain numbers (the page needs the chart's height before d3 loads).

/** What a battle's row says under (or beside) its name: its dates and length. */
export function timelineNote(p: BattlePeriod, articleDate: { earliest: string; latest: string }): string {
  const m = battleMonths(p, articleDate);
  if (p.end.date) return `${formatDate(p.start.latest)} – ${formatDate(p.end.date)} · ${formatMonths(m.min)}`;
  return CHART_MARK_COPY.openSince(startMonths(p));
}

export interface TimelineRows {
  row: number;
  /** Top of the bar inside its row. */
  barY: number;
  /** The note sits on the name's line, from this x. */
  noteX?: number;
}

/**
 * Normally the name, the dates under it, then the bar. In a short stage (`dense`) the name and
 * dates share one line where every row's pair fits side by side, and the bar sits right under it.
 */
export function timelineRows(
  periods: readonly BattlePeriod[],
  articleDate: { earliest: string; latest: string },
  width: number,
  dense = false
): TimelineRows {
  const noteX =
    M.left + Math.max(...periods.map((p) => textWidth(`${SUBJECT_LABEL[p.battle]} ◂`, TYPE.label) * 1.12)) + 10;
  const fits = periods.every((p) => noteX + textWidth(timelineNote(p, articleDate), TYPE.note) <= width - M.right);
  return dense && fits ? { row: DENSE_TIMELINE.row, barY: DENSE_TIMELINE.barY, noteX } : { row: M.row, barY: M.barY };
}
