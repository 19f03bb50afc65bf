import { CHART_TABLE_COPY as T, eitherDate } from '$content/chart-copy';
import { labelForBlockId } from '../model/block-label';
import type { BattleId } from '$content/charts';
import type { ChartState } from '../model/chart-state';
import { isLowConfidence } from '../../../data/figures/figure-vocabulary';
import type { BattlePeriod, Figure } from '../../../data/figures/figure-schema';
import type { Figures } from '../model/figures';
import { formatDate } from '../model/dates';
import { formatAmount } from '../model/figure-format';
import { DEFINITION_LABEL, SERIES_LABEL, SUBJECT_LABEL } from '$content/figure-labels';

export interface TableRow {
  id: string;
  subject: string;
  figure: string;
  counts: string;
  covers: string;
  type: string;
  source: { text: string; url?: string };
  highlighted: boolean;
}

export interface TableModel {
  caption: string;
  rows: TableRow[];
}

function sourceOf(f: Figure): TableRow['source'] {
  if (f.kind === 'claim') {
    return { text: T.claimSource(labelForBlockId(f.paragraph), f.quote), url: `#${f.paragraph}` };
  }
  if (f.kind === 'derived') return { text: f.formula };
  const { who, publisher, date, url } = f.citation;
  const low = isLowConfidence(f.confidence) ? T.lowConfidence(f.confidence) : '';
  return { text: `${who}, ${publisher}, ${date}${low}`, url };
}

function figureRow(f: Figure, highlight: BattleId | undefined): TableRow {
  const series = f.series && f.series !== 'article' ? ` (${SERIES_LABEL[f.series]})` : '';
  return {
    id: f.id,
    subject:
      (f.period && f.metric === 'shells-per-day' ? `${f.period.label}, ` : '') + SUBJECT_LABEL[f.battle] + series,
    figure: formatAmount(f),
    counts: f.definition ? DEFINITION_LABEL[f.definition] : f.unit,
    covers: f.scope === 'whole' ? f.scopeNote : T.covers(T.scope[f.scope], f.scopeNote),
    type: T.type[f.kind],
    source: sourceOf(f),
    highlighted: f.battle === highlight
  };
}

function periodRow(p: BattlePeriod, highlight: BattleId | undefined): TableRow {
  const start =
    p.start.earliest === p.start.latest
      ? formatDate(p.start.earliest)
      : eitherDate(formatDate(p.start.earliest), formatDate(p.start.latest));
  const end = p.end.date ? formatDate(p.end.date) : T.openEnd(formatDate(p.asOf));
  return {
    id: `period-${p.battle}`,
    subject: SUBJECT_LABEL[p.battle],
    figure: `${start} – ${end}`,
    counts: T.periodCounts,
    covers: T.periodCovers(p.start.note, p.end.note),
    type: T.type.period,
    source: { text: p.citations.map((c) => `${c.publisher}, ${c.date}`).join('; '), url: p.citations[0]!.url },
    highlighted: p.battle === highlight
  };
}

/**
 * The table twin: the same records, in the same state, as the chart beside it. The caption names
 * the highlight too: it is the table's (and its scroll region's) name, and several steps show one
 * chart with different rows in bold, so each twin needs a name of its own.
 */
export function tableFor(state: ChartState, figures: Figures): TableModel {
  const model = tableRows(state, figures);
  return state.highlight ? { ...model, caption: T.highlighted(model.caption, SUBJECT_LABEL[state.highlight]) } : model;
}

function tableRows(state: ChartState, figures: Figures): TableModel {
  const rows = (list: Figure[]) => list.map((f) => figureRow(f, state.highlight));
  switch (state.chart) {
    case 'losses':
      return {
        caption: state.showContext ? T.caption.lossesContext : T.caption.losses,
        rows: [
          ...rows(figures.losses.claims),
          // Numbered as the chart numbers its marks on a short stage (range-layout.ts: the records' order).
          ...(state.showContext
            ? rows(figures.losses.context).map((r, i) => ({ ...r, subject: T.numbered(i + 1, r.subject) }))
            : [])
        ]
      };
    case 'durations':
      return {
        caption: T.caption.durations,
        rows: [
          ...figures.durations.periods.map((p) => periodRow(p, state.highlight)),
          ...rows(figures.durations.claims)
        ]
      };
    case 'per-month':
      return { caption: T.caption.perMonth, rows: rows(figures.perMonth) };
    case 'shells':
      return {
        caption: state.showContext ? T.caption.shellsContext : T.caption.shells,
        rows: [
          ...rows(figures.shells.claims),
          // Numbered as their boxes are on the chart (shell-layout.ts: the records' order).
          ...(state.showContext
            ? rows(figures.shells.context).map((r, i) => ({ ...r, subject: T.numbered(i + 1, r.subject) }))
            : [])
        ]
      };
  }
}
