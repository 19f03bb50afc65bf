import type { Definition, FigureSubject } from '../../content/figure-schema';

export const SUBJECT_LABEL: Record<FigureSubject, string> = {
  bakhmut: 'Bakhmut',
  avdiivka: 'Avdiivka',
  pokrovsk: 'Pokrovsk',
  'bakhmut-and-avdiivka': 'Bakhmut and Avdiivka',
  'front-wide': 'Whole front'
};

/** Spelled out on the chart itself: the three article figures do not count the same thing. */
export const DEFINITION_LABEL: Record<Definition, string> = {
  K: 'killed',
  'K+W': 'killed and wounded',
  'K+severely-W': 'killed and severely wounded',
  'K+W+MIA': 'killed, wounded and missing',
  irrecoverable: 'irrecoverable (killed, missing, disabled)',
  'documented-K': 'deaths documented by name',
  undefined: 'not defined (“lost”)'
};

export const SERIES_LABEL = { ukraine: 'Ukrainian officials', 'us-western': 'US and Western officials', article: 'The article' } as const;
