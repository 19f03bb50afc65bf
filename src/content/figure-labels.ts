// The figures' names as readers see them: subjects (battles), what a loss figure counts, and whose
// series an estimate belongs to. Used by the charts, their table twins and their text alternatives.
import type { Definition, FigureSubject } from '../../data/figures/figure-schema';

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

export const SERIES_LABEL = {
  ukraine: 'Ukrainian officials',
  'us-western': 'US and Western officials',
  media: 'Media summary',
  article: 'The article'
} as const;
