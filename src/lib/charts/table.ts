import { labelForBlockId } from '../../content/block-label';
import type { BattleId, ChartId } from '../../content/charts';
import type { BattlePeriod, Figure } from '../../content/figure-schema';
import type { Figures } from '../../content/figures';
import { formatAmount, formatDate } from './format';
import { DEFINITION_LABEL, SERIES_LABEL, SUBJECT_LABEL } from './labels';

export interface ChartState {
  chart: ChartId;
  highlight?: BattleId;
  showContext?: boolean;
}

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

const TYPE = { claim: 'The article’s figure', context: 'Other published estimate', derived: 'Derived: our arithmetic' } as const;

function sourceOf(f: Figure): TableRow['source'] {
  if (f.kind === 'claim') {
    return { text: `The article, ${labelForBlockId(f.paragraph)}: “${f.quote}”`, url: `#${f.paragraph}` };
  }
  if (f.kind === 'derived') return { text: f.formula };
  const { who, publisher, date, url } = f.citation;
  const low = f.confidence === 'Low' || f.confidence === 'Low-Medium' ? ` · ${f.confidence} confidence` : '';
  return { text: `${who}, ${publisher}, ${date}${low}`, url };
}

function figureRow(f: Figure, highlight: BattleId | undefined): TableRow {
  const series = f.series && f.series !== 'article' ? ` (${SERIES_LABEL[f.series]})` : '';
  return {
    id: f.id,
    subject: (f.period && f.metric === 'shells-per-day' ? `${f.period.label}, ` : '') + SUBJECT_LABEL[f.battle] + series,
    figure: formatAmount(f),
    counts: f.definition ? DEFINITION_LABEL[f.definition] : f.unit,
    covers: f.scope === 'whole' ? f.scopeNote : `${f.scope === 'partial' ? 'Part of the battle only' : 'One force only'}: ${f.scopeNote}`,
    type: TYPE[f.kind],
    source: sourceOf(f),
    highlighted: f.battle === highlight
  };
}

function periodRow(p: BattlePeriod, highlight: BattleId | undefined): TableRow {
  const start =
    p.start.earliest === p.start.latest ? formatDate(p.start.earliest) : `${formatDate(p.start.earliest)} or ${formatDate(p.start.latest)}`;
  const end = p.end.date ? formatDate(p.end.date) : `open (as of ${formatDate(p.asOf)})`;
  return {
    id: `period-${p.battle}`,
    subject: SUBJECT_LABEL[p.battle],
    figure: `${start} – ${end}`,
    counts: 'dates',
    covers: `Start: ${p.start.note}. End: ${p.end.note}`,
    type: 'Dates from published sources',
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
  return state.highlight ? { ...model, caption: `${model.caption} (${SUBJECT_LABEL[state.highlight]} highlighted)` } : model;
}

function tableRows(state: ChartState, figures: Figures): TableModel {
  const rows = (list: Figure[]) => list.map((f) => figureRow(f, state.highlight));
  switch (state.chart) {
    case 'losses':
      return {
        caption: state.showContext
          ? 'Russian losses: the article’s figures and other published estimates'
          : 'Russian losses: the article’s figures',
        rows: rows([...figures.losses.claims, ...(state.showContext ? figures.losses.context : [])])
      };
    case 'durations':
      return {
        caption: 'How long each battle lasted',
        rows: [...figures.durations.periods.map((p) => periodRow(p, state.highlight)), ...rows(figures.durations.claims)]
      };
    case 'per-month':
      return { caption: 'Russian losses per month, derived from the article’s figures', rows: rows(figures.perMonth) };
    case 'shells':
      return {
        caption: state.showContext
          ? 'Russian shells per day: the article’s claims and front-wide estimates'
          : 'Russian shells per day: the article’s claims',
        rows: rows([...figures.shells.claims, ...(state.showContext ? figures.shells.context : [])])
      };
  }
}
