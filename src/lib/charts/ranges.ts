import { BATTLE_IDS, type BattleId } from '$content/charts';
import { isLowConfidence } from '../../../data/figures/figure-vocabulary';
import type { ContextFigure, Figure } from '../../../data/figures/figure-schema';
import { formatAmount } from '../model/figure-format';
import { shortDate } from './text-metrics';
import { DEFINITION_LABEL, SUBJECT_LABEL } from '$content/figure-labels';

/** One row of a range chart (losses or losses per month): the article's figure for one battle. */
export interface RangeRow {
  battle: BattleId;
  label: string;
  definition: string;
  low: number;
  high: number;
  openHigh: boolean;
  approximate: boolean;
  text: string;
}

export type MarkShape = 'diamond' | 'triangle';

export interface ContextMark {
  id: string;
  battle: BattleId;
  value: number;
  /** "at least" / "more than" points right; "up to" points left. */
  direction: 'more' | 'less' | 'exact';
  /** Casualties (K+W and wider) vs deaths only: a different count, so a different shape. */
  shape: MarkShape;
  /** Hollow = covers only part of the battle (a period, an area, one unit): never a total. */
  filled: boolean;
  lowConfidence: boolean;
  text: string;
  /** Short source and date, drawn beside the mark ("US NSC (Kirby), May 2023"). */
  source: string;
  /** The figure as the table writes it ("over 100,000"). */
  amount: string;
}

const isBattle = (s: string): s is BattleId => (BATTLE_IDS as readonly string[]).includes(s);

/** Rows in the order the battles happened, one per battle with a number. */
export function rangeRows(figures: Figure[]): RangeRow[] {
  const rows = figures.flatMap((f): RangeRow[] => {
    const low = f.low ?? f.high;
    const high = f.high ?? f.low;
    if (!isBattle(f.battle) || low === undefined || high === undefined) return [];
    return [
      {
        battle: f.battle,
        label: SUBJECT_LABEL[f.battle],
        definition: f.definition ? DEFINITION_LABEL[f.definition] : '',
        low,
        high,
        openHigh: f.openHigh,
        approximate: f.approximate,
        text: formatAmount(f)
      }
    ];
  });
  return rows.sort((a, b) => BATTLE_IDS.indexOf(a.battle) - BATTLE_IDS.indexOf(b.battle));
}

const DEATHS_ONLY = new Set(['K', 'documented-K', 'irrecoverable']);

export function contextMarks(figures: ContextFigure[]): ContextMark[] {
  return figures.flatMap((f): ContextMark[] => {
    const value = f.low ?? f.high;
    if (!isBattle(f.battle) || value === undefined) return [];
    return [
      {
        id: f.id,
        battle: f.battle,
        value,
        direction: f.low === undefined ? 'less' : f.openHigh ? 'more' : 'exact',
        shape: f.definition && DEATHS_ONLY.has(f.definition) ? 'triangle' : 'diamond',
        filled: f.scope === 'whole',
        lowConfidence: isLowConfidence(f.confidence),
        source: `${f.citation.short ?? f.citation.who}, ${shortDate(f.citation.date)}`,
        amount: formatAmount(f),
        text: `${f.citation.who}: ${formatAmount(f)} ${f.definition ? DEFINITION_LABEL[f.definition] : ''} (${f.scopeNote})`
      }
    ];
  });
}
