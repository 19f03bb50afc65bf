// The figures' vocabulary: battles, loss definitions, confidence levels and subjects, as plain
// constants (no valibot), for the browser code that lists or flags them. figure-schema.ts builds the
// schemas from these lists and re-exports them.

/** The battles the charts compare; content/charts.ts re-exports them for the story's panels. */
export const BATTLE_IDS = ['bakhmut', 'avdiivka', 'pokrovsk'] as const;
export type BattleId = (typeof BATTLE_IDS)[number];

export const DEFINITIONS = [
  'K',
  'K+W',
  'K+severely-W',
  'K+W+MIA',
  'irrecoverable',
  'documented-K',
  'undefined'
] as const;
export type Definition = (typeof DEFINITIONS)[number];

export const CONFIDENCE = ['High', 'Medium', 'Medium-Low', 'Low-Medium', 'Low'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Levels flagged on charts and tables: Low, and the two in-between levels, which are closer to it than to Medium. */
export const LOW_CONFIDENCE: readonly Confidence[] = ['Low', 'Low-Medium', 'Medium-Low'];
export const isLowConfidence = (c: Confidence): boolean => LOW_CONFIDENCE.includes(c);

/** `front-wide` for shelling rates, which no source reports for one battle; `bakhmut-and-avdiivka` for p12. */
export const FIGURE_SUBJECTS = [...BATTLE_IDS, 'bakhmut-and-avdiivka', 'front-wide'] as const;
export type FigureSubject = (typeof FIGURE_SUBJECTS)[number];
