import type { Figures } from '../../content/figures';
import { formatAmount, formatDate } from './format';
import { DEFINITION_LABEL, SUBJECT_LABEL } from './labels';
import type { ChartState } from './table';

/**
 * The generated half of a chart's text alternative (the story's `alt` is the other half): the
 * numbers actually drawn in this state, so a screen reader hears what a sighted reader sees.
 */
export function describeChart(state: ChartState, figures: Figures): string {
  switch (state.chart) {
    case 'losses': {
      const claims = figures.losses.claims
        .filter((c) => c.battle !== 'bakhmut-and-avdiivka')
        .map((c) => `${SUBJECT_LABEL[c.battle]}: ${formatAmount(c)} ${c.definition ? DEFINITION_LABEL[c.definition] : ''}`);
      const context = state.showContext
        ? ` Also shown: ${figures.losses.context.length} other published estimates; hollow marks cover only part of a battle or one force, triangles count deaths only. Details in the data table.`
        : '';
      return `The article’s figures. ${claims.join('. ')}.${context}`;
    }
    case 'durations':
      return figures.durations.periods
        .map((p) => {
          const start = p.start.earliest === p.start.latest ? formatDate(p.start.earliest) : `${formatDate(p.start.earliest)} or ${formatDate(p.start.latest)}`;
          return `${SUBJECT_LABEL[p.battle]}: ${start} to ${p.end.date ? formatDate(p.end.date) : 'no agreed end'} (${p.end.note})`;
        })
        .join('. ')
        .concat('. The article says “over a year” for Pokrovsk.');
    case 'per-month':
      return `Derived, not from the article: losses per month = the article’s range ÷ the battle’s length in months. ${figures.perMonth
        .map((d) => `${SUBJECT_LABEL[d.battle]}: ${d.formula}`)
        .join('. ')}.`;
    case 'shells': {
      const context = state.showContext
        ? ` Beside it, ${figures.shells.context.length} dated front-wide estimates, 2022–2025: Ukrainian officials report 20,000–70,000 a day, US and Western officials about 5,000–20,000; none is specific to Pokrovsk.`
        : '';
      return `The article: over 10,000 shells a day in certain periods of the fighting for Pokrovsk, and a drop since, with no figure given.${context}`;
    }
  }
}
