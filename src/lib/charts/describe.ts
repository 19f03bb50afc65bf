import { CHART_DESCRIPTIONS as D, eitherDate } from '$content/chart-copy';
import type { Figures } from '../model/figures';
import { formatDate } from '../model/dates';
import { formatAmount } from '../model/figure-format';
import { DEFINITION_LABEL, SUBJECT_LABEL } from '$content/figure-labels';
import type { ChartState } from '../model/chart-state';
import { articleFloor, seriesRange, yearSpan } from '../model/shell-summary';

/**
 * The generated half of a chart's text alternative (the story's `alt` is the other half): the
 * numbers actually drawn in this state, so a screen reader hears what a sighted reader sees.
 * The sentences are in src/content/chart-copy.ts.
 */
export function describeChart(state: ChartState, figures: Figures): string {
  switch (state.chart) {
    case 'losses': {
      const claims = figures.losses.claims
        .filter((c) => c.battle !== 'bakhmut-and-avdiivka')
        .map((c) =>
          D.losses.claim(SUBJECT_LABEL[c.battle], formatAmount(c), c.definition ? DEFINITION_LABEL[c.definition] : '')
        );
      const context = state.showContext ? D.losses.context(figures.losses.context.length) : '';
      return D.losses.text(claims, context);
    }
    case 'durations':
      return D.durations.text(
        figures.durations.periods.map((p) => {
          const start =
            p.start.earliest === p.start.latest
              ? formatDate(p.start.earliest)
              : eitherDate(formatDate(p.start.earliest), formatDate(p.start.latest));
          const end = p.end.date ? formatDate(p.end.date) : D.durations.noAgreedEnd;
          return D.durations.period(SUBJECT_LABEL[p.battle], start, end, p.end.note);
        })
      );
    case 'per-month':
      return D.perMonth.text(figures.perMonth.map((d) => D.perMonth.item(SUBJECT_LABEL[d.battle], d.formula)));
    case 'shells': {
      const ctx = figures.shells.context;
      const context = state.showContext
        ? D.shells.context(ctx.length, yearSpan(ctx), seriesRange(ctx, 'ukraine'), seriesRange(ctx, 'us-western'))
        : '';
      return D.shells.text(String(articleFloor(figures.shells.claims)), context);
    }
  }
}
