// The charts' own words: each chart's title (what is measured), unit line, axis label and source
// line. Drawn inside the chart (live and prerendered), so a chart read alone says what it shows.
// Keep lines short: they must fit a 300 px image at 12–16 px type.
import type { ChartId } from './charts';

export interface ChartCopy {
  title: string;
  unit: string;
  /** With other estimates drawn; falls back to `unit`. */
  unitContext?: string;
  axis: string;
  /** A second axis (the shells chart's vertical one). */
  axisY?: string;
  source: string;
  sourceContext?: string;
}

export const CHART_COPY: Record<ChartId, ChartCopy> = {
  losses: {
    title: 'Russian losses in three battles',
    unit: 'Number of people, the article’s figures',
    unitContext: 'People; grey: other estimates',
    axis: 'people killed and wounded',
    source: 'Source: the article, ¶1 and ¶4',
    sourceContext: 'Sources: the article; others as labelled (table)'
  },
  'per-month': {
    title: 'Russian losses per month',
    unit: 'People a month, our arithmetic',
    axis: 'people killed and wounded a month',
    source: 'Article’s figures ÷ months of fighting'
  },
  durations: {
    title: 'How long each battle lasted',
    unit: 'Start and end dates, in months',
    axis: 'year',
    source: 'Sources: dated reports (see the table)'
  },
  shells: {
    title: 'Russian artillery fire',
    unit: 'Shells fired per day',
    unitContext: 'Shells per day; grey: officials',
    axis: 'year',
    axisY: 'shells per day',
    source: 'Source: the article, ¶9',
    sourceContext: 'Sources: the article; numbered: officials (table)'
  }
};

// Below: the charts' other words (text alternatives, table twin, key, labels on the marks). The
// numbers, dates and names in them are computed in src/lib/charts and passed in.

/** A start date the sources disagree on. */
export const eitherDate = (earliest: string, latest: string): string => `${earliest} or ${latest}`;

/** The generated half of each chart's text alternative (src/lib/charts/describe.ts). */
export const CHART_DESCRIPTIONS = {
  losses: {
    claim: (subject: string, amount: string, counts: string) => `${subject}: ${amount} ${counts}`,
    context: (count: number) =>
      ` Also shown: ${count} other published estimates; hollow marks cover only part of a battle or one force, triangles count deaths only. Details in the data table.`,
    text: (claims: readonly string[], context: string) => `The article’s figures. ${claims.join('. ')}.${context}`
  },
  durations: {
    period: (subject: string, start: string, end: string, note: string) => `${subject}: ${start} to ${end} (${note})`,
    noAgreedEnd: 'no agreed end',
    text: (periods: readonly string[]) => `${periods.join('. ')}. The article says “over a year” for Pokrovsk.`
  },
  perMonth: {
    item: (subject: string, formula: string) => `${subject}: ${formula}`,
    text: (items: readonly string[]) =>
      `Derived, not from the article: losses per month = the article’s range ÷ the battle’s length in months. ${items.join('. ')}.`
  },
  shells: {
    context: (count: number, years: string, ukraine: string, usWestern: string) =>
      ` Beside it, ${count} dated front-wide estimates, ${years}: Ukrainian officials report ${ukraine} a day, US and Western officials about ${usWestern}; none is specific to Pokrovsk.`,
    text: (floor: string, context: string) =>
      `The article: ${floor} shells a day in certain periods of the fighting for Pokrovsk, and a drop since, with no figure given.${context}`
  }
} as const;

/** The table twin's words (src/lib/charts/table.ts). */
export const CHART_TABLE_COPY = {
  caption: {
    losses: 'Russian losses: the article’s figures',
    lossesContext: 'Russian losses: the article’s figures and other published estimates',
    durations: 'How long each battle lasted',
    perMonth: 'Russian losses per month, derived from the article’s figures',
    shells: 'Russian shells per day: the article’s claims',
    shellsContext: 'Russian shells per day: the article’s claims and front-wide estimates'
  },
  /** Several steps show one chart with different rows in bold: each twin gets a name of its own. */
  highlighted: (caption: string, subject: string) => `${caption} (${subject} highlighted)`,
  type: {
    claim: 'The article’s figure',
    context: 'Other published estimate',
    derived: 'Derived: our arithmetic',
    period: 'Dates from published sources'
  },
  /** What a figure that does not cover the whole battle covers, before its note. */
  scope: { partial: 'Part of the battle only', subset: 'One force only' },
  covers: (scope: string, note: string) => `${scope}: ${note}`,
  claimSource: (paragraph: string, quote: string) => `The article, ${paragraph}: “${quote}”`,
  lowConfidence: (confidence: string) => ` · ${confidence} confidence`,
  openEnd: (asOf: string) => `open (as of ${asOf})`,
  periodCounts: 'dates',
  periodCovers: (start: string, end: string) => `Start: ${start}. End: ${end}`,
  /** Numbered as the chart numbers its marks. */
  numbered: (n: number, subject: string) => `${n}. ${subject}`
} as const;

/** The key under each chart (src/lib/charts/legend.ts says which swatch draws each entry). */
export const CHART_LEGEND_COPY = {
  losses: {
    range: 'The article’s range (dot: a single figure)',
    approx: '“about”: dotted ends',
    open: '“could exceed”: may be higher'
  },
  lossesContext: {
    range: 'The article’s figure (dotted: “about”; arrow: “could exceed”)',
    ctxWhole: 'Other estimate, whole battle (dashed: low or medium-low confidence)',
    ctxPartial: 'Part of the battle or one force only',
    ctxKilled: 'Deaths only, not wounded'
  },
  perMonth: {
    derived: 'Derived: the article’s range ÷ months of fighting (our arithmetic)',
    approx: 'Rounded and approximate',
    open: 'May be higher'
  },
  durations: {
    span: 'Dates from published sources',
    uncertain: 'Start or end not agreed',
    open: 'Still contested at the last source'
  },
  shells: {
    article: (floor: string) => `The article: ${floor} a day at times, then a drop (no figure)`,
    ukraine: 'Ukrainian officials, front-wide (numbered as in the table)',
    us: 'US and Western officials (dashed) or a media summary (dotted), front-wide',
    atLeast: '“at least”: may be higher'
  }
} as const;

/** Words drawn on the marks themselves. Measured for layout: a change here moves labels. */
export const CHART_MARK_COPY = {
  /** A battle row's note when the battle has no agreed end. */
  openSince: (start: string) => `from ${start} · article: “over a year”`,
  /** Russia's (disputed) capture claim at the end of a solid bar: two lines, joined where there is room. */
  captureClaim: (date: string) => ['Russia’s capture claim,', `${date} (disputed) ▴`],
  /** An estimate past the axis: in its label, and in its hover title. */
  offScale: (amount: string) => `${amount}, off scale`,
  offScaleTitle: ' (off scale)',
  /** The article's floor on the shells chart, on one line or two. */
  shellFloor: (amount: string) => ({
    one: [`Article: ${amount} a day, at times`],
    two: [`Article: ${amount}`, 'a day, at times']
  }),
  shellDrop: { one: ['then “noticeably dropped” (no figure)'], two: ['then “noticeably dropped”', '(no figure)'] },
  /** A citation dated only by the year its copy is known from ("stored copy, 2026"). */
  asOfYear: (year: string) => `as of ${year}`,
  /** A front-wide estimate's hover title. */
  shellBox: (n: number, source: string, date: string, amount: string, period: string) =>
    `${n}. ${source}, ${date}: ${amount} a day (${period})`
};
