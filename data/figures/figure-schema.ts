import * as v from 'valibot';
import { BATTLE_IDS, CONFIDENCE, DEFINITIONS, FIGURE_SUBJECTS } from './figure-vocabulary';

// The vocabulary is its own module so browser code that needs a list or isLowConfidence does not
// ship valibot and these schemas; it is re-exported here for the records and validators.
export * from './figure-vocabulary';

// Figures behind the comparison charts. The article's numbers are `claim`s (tied to a paragraph),
// other published numbers are `context` (tied to a citation), and our own arithmetic is `derived`
// (tied to the records it comes from and the formula). Records live beside this file. It imports nothing from src/: the story's content
// (src/content) reads these records, so the records cannot read the content back.

/**
 * Whether a citation's `title` is the page's headline (only where the fact base gives it) or our
 * own description of the page; absent means "description", so nothing is shown as a headline by
 * default. Shared with the context notes' sources (src/content/schema.ts).
 */
export const TitleKindSchema = v.picklist(['headline', 'description'], 'must be "headline" or "description"');
export type TitleKind = v.InferOutput<typeof TitleKindSchema>;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, -)'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const IsoDay = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'));
const Count = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'));

export const CitationSchema = v.strictObject({
  who: NonEmpty,
  /** A few words naming the source beside its mark on a chart (the table gives `who` in full). */
  short: v.optional(NonEmpty),
  title: NonEmpty,
  /** As in SourceSchema: a headline only where the fact base gives it; absent = our description. */
  titleKind: v.optional(TitleKindSchema),
  translated: v.optional(v.boolean()),
  publisher: NonEmpty,
  /** The page's publication date as the fact base gives it; free text because sources give "2024" or "~2025-11-09". */
  date: NonEmpty,
  url: v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'))
});

const PeriodSchema = v.strictObject({ label: NonEmpty, start: IsoDay, end: IsoDay });

const common = {
  id: Slug,
  metric: v.picklist(['losses', 'shells-per-day', 'losses-per-month', 'duration'], 'is not a known metric'),
  battle: v.picklist(FIGURE_SUBJECTS, 'is not a known battle'),
  /** Absent with `high` set means "up to"; equal to `high` means a single value. */
  low: v.optional(Count),
  high: v.optional(Count),
  /** "could exceed", "over", "at least", "more than". */
  openHigh: v.boolean(),
  /** "about", "approximately", "~". */
  approximate: v.boolean(),
  unit: v.picklist(['people', 'shells per day', 'people per month', 'months'], 'is not a known unit'),
  /** Who counts as a loss; required for loss figures (checked in validateFigures). */
  definition: v.optional(v.picklist(DEFINITIONS, 'is not a known definition')),
  /** `partial` = a sub-period or sub-area: never drawn as a battle total. */
  scope: v.picklist(['whole', 'partial', 'subset'], 'is whole, partial or subset'),
  scopeNote: NonEmpty,
  /** When the figure applies; required for shelling rates so they can be placed in time. */
  period: v.optional(PeriodSchema),
  /** For shelling rates: whose series the figure belongs to; `media` = a news outlet's own summary, not an official's figure. */
  series: v.optional(v.picklist(['ukraine', 'us-western', 'media', 'article'], 'is not a known series')),
  /** Direction-only claims ("noticeably dropped") carry no number. */
  trend: v.optional(v.literal('down'))
};

export const FigureSchema = v.variant(
  'kind',
  [
    v.strictObject({
      ...common,
      kind: v.literal('claim'),
      paragraph: v.pipe(NonEmpty, v.regex(/^(p|h|li)\d+$|^title$/, 'must be a block ID like "p4"')),
      /** Verbatim words from that paragraph, so the claim can be checked against the article. */
      quote: NonEmpty
    }),
    v.strictObject({
      ...common,
      kind: v.literal('context'),
      citation: CitationSchema,
      confidence: v.picklist(CONFIDENCE, 'is not a known confidence level')
    }),
    v.strictObject({
      ...common,
      kind: v.literal('derived'),
      from: v.pipe(v.array(Slug), v.minLength(1, 'a derived figure must name its inputs')),
      formula: NonEmpty
    })
  ],
  'must be claim (with a paragraph), context (with a citation) or derived (with a formula)'
);

export const BattlePeriodSchema = v.strictObject({
  battle: v.picklist(BATTLE_IDS, 'is not a known battle'),
  /** Earliest and latest start the sources use; equal when they agree. */
  start: v.strictObject({ earliest: IsoDay, latest: IsoDay, note: NonEmpty }),
  /** Absent date = ongoing or disputed as of `asOf`. */
  end: v.strictObject({
    date: v.optional(IsoDay),
    /** A disputed capture claim's date: ends the solid bar of an open battle on the timeline. */
    claimed: v.optional(IsoDay),
    note: NonEmpty,
    disputed: v.boolean()
  }),
  asOf: IsoDay,
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'a battle period needs at least one citation'))
});

export type Figure = v.InferOutput<typeof FigureSchema>;
export type FigureInput = v.InferInput<typeof FigureSchema>;
export type ClaimFigure = Extract<Figure, { kind: 'claim' }>;
export type ContextFigure = Extract<Figure, { kind: 'context' }>;
export type DerivedFigure = Extract<Figure, { kind: 'derived' }>;
export type BattlePeriod = v.InferOutput<typeof BattlePeriodSchema>;
