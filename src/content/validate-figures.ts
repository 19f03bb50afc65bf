import * as v from 'valibot';
import type { Block } from './article';
import { BattlePeriodSchema, FigureSchema, type BattlePeriod, type Figure } from '../../data/figures/figure-schema';
import { parseOrThrow, StoryValidationError } from './validate';

/**
 * Validates one data file of figures: shape first (valibot), then what a schema cannot say —
 * a claim's paragraph exists and its quote is verbatim, loss figures name their definition,
 * every figure has a number or a direction, and low ≤ high.
 */
export function validateFigures(input: unknown, file: string, blocks: Block[]): Figure[] {
  const figures = parseOrThrow(v.array(FigureSchema), input, file, 'figure');
  const byId = new Map(blocks.map((block) => [block.id, block]));
  const problems = figures.flatMap((figure, i) => {
    const at = (field: string) => `[${i}] (figure "${figure.id}") → ${field}`;
    const out: string[] = [];
    if (figure.kind === 'claim') {
      const block = byId.get(figure.paragraph);
      if (!block) out.push(`${at('paragraph')}: unknown paragraph ID "${figure.paragraph}"`);
      else if (!block.text.includes(figure.quote))
        out.push(`${at('quote')}: not a verbatim excerpt of "${figure.paragraph}"`);
    }
    if ((figure.metric === 'losses' || figure.metric === 'losses-per-month') && !figure.definition) {
      out.push(`${at('definition')}: a loss figure must say who counts (K, K+W, …)`);
    }
    if (figure.low === undefined && figure.high === undefined && !figure.trend) {
      out.push(`${at('low')}: needs low, high or a trend`);
    }
    if (figure.low !== undefined && figure.high !== undefined && figure.low > figure.high) {
      out.push(`${at('high')}: is below low`);
    }
    if (figure.metric === 'shells-per-day' && (!figure.period || !figure.series)) {
      out.push(`${at('period')}: a shelling rate needs a period and a series to be placed in time`);
    }
    return out;
  });
  if (problems.length) throw new StoryValidationError(file, problems);
  return figures;
}

export function validateBattlePeriods(input: unknown, file: string): BattlePeriod[] {
  const periods = parseOrThrow(v.array(BattlePeriodSchema), input, file, 'battle');
  const problems = periods.flatMap((p, i) => {
    const at = `[${i}] (battle "${p.battle}")`;
    const out: string[] = [];
    if (p.start.earliest > p.start.latest) out.push(`${at} → start.latest: is before start.earliest`);
    if (p.end.date && p.end.date < p.start.latest) out.push(`${at} → end.date: is before the start`);
    return out;
  });
  if (problems.length) throw new StoryValidationError(file, problems);
  return periods;
}

/** IDs must be unique across files, and a derived figure's inputs must exist. */
export function checkFigureReferences(figures: Figure[], file: string): void {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const figure of figures) {
    if (seen.has(figure.id)) problems.push(`figure "${figure.id}" → id: duplicate figure ID`);
    seen.add(figure.id);
  }
  for (const figure of figures) {
    if (figure.kind !== 'derived') continue;
    figure.from.forEach((id, j) => {
      if (!seen.has(id)) problems.push(`figure "${figure.id}" → from[${j}]: unknown figure "${id}"`);
    });
  }
  if (problems.length) throw new StoryValidationError(file, problems);
}
