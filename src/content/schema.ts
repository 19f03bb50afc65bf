import * as v from 'valibot';
import { BATTLE_IDS, CHART_IDS } from './charts';
import { TitleKindSchema } from '../../data/figures/figure-schema';
import { MAP_LAYER_IDS, MAP_PRESET_IDS } from './map-presets';

/** Step and context IDs end up in URLs (#step-<id>) and element IDs, so keep them plain. */
const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, -)'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be an ISO date (YYYY-MM or YYYY-MM-DD)'));
const Alt = v.pipe(
  v.string('must be a text alternative'),
  v.trim(),
  v.minLength(20, 'must describe the panel in a sentence (20+ characters)')
);

/**
 * `titleKind`: whether `title` is the page's headline (only where the fact base gives it) or our own
 * description; absent = description. `translated`: the headline is our English for another language's.
 */
export type { TitleKind } from '../../data/figures/figure-schema';

export const SourceSchema = v.strictObject({
  title: NonEmpty,
  titleKind: v.optional(TitleKindSchema),
  // ArchieML values are text, so the .aml documents write "translated: true".
  translated: v.optional(
    v.union([
      v.boolean(),
      v.pipe(
        v.picklist(['true', 'false'], 'must be true or false'),
        v.transform((s) => s === 'true')
      )
    ])
  ),
  publisher: NonEmpty,
  /** The page's publication date as the fact base gives it ("2025-12-02", "undated"). */
  date: NonEmpty,
  url: v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL'))
});

export const ContextNoteSchema = v.strictObject({
  id: Slug,
  title: NonEmpty,
  text: NonEmpty,
  /** The date up to which the sources were checked. */
  asOf: IsoDate,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'a context note needs at least one source'))
});

/** A verbatim excerpt of a source block; without `text`, the whole block is quoted. */
const QuoteSchema = v.strictObject({ block: NonEmpty, text: v.optional(NonEmpty) });

export const PanelSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('quote'), quotes: v.pipe(v.array(QuoteSchema), v.minLength(1)), alt: Alt }),
    v.strictObject({ type: v.literal('title'), alt: Alt }),
    v.strictObject({
      type: v.literal('map'),
      preset: v.picklist(MAP_PRESET_IDS, 'is not a known map preset'),
      layers: v.array(v.picklist(MAP_LAYER_IDS, 'is not a known map layer')),
      alt: Alt
    }),
    v.strictObject({
      type: v.literal('chart'),
      chart: v.picklist(CHART_IDS, 'is not a known chart'),
      highlight: v.optional(v.picklist(BATTLE_IDS, 'is not a known battle')),
      showContext: v.optional(v.boolean()),
      alt: Alt
    })
  ],
  'is not a known panel type (quote, title, map, chart)'
);

export const StepSchema = v.strictObject({
  id: Slug,
  /** Source blocks this step rests on: paragraph IDs like "p4", "h2", "li1", "title". */
  paragraphs: v.pipe(v.array(NonEmpty), v.minLength(1, 'a step must cite at least one source block')),
  /**
   * Whose voice the step's text is in: `claim` frames the author's argument ("The author writes
   * that …"); `analysis` is our own reading of his figures, labelled as such.
   */
  voice: v.optional(v.picklist(['claim', 'analysis'], 'must be "claim" or "analysis"'), 'claim'),
  /** Our framing of the author's claim, or our analysis when voice is "analysis". */
  claim: NonEmpty,
  /** A verbatim excerpt from one of the cited blocks, shown as the author's words. */
  quote: v.optional(NonEmpty),
  context: v.optional(v.array(Slug)),
  panel: PanelSchema
});

export const ExclusionSchema = v.strictObject({ block: NonEmpty, reason: NonEmpty });

export const StorySchema = v.strictObject({
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
  excluded: v.array(ExclusionSchema)
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type ContextNote = v.InferOutput<typeof ContextNoteSchema>;
export type Panel = v.InferOutput<typeof PanelSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryInput = v.InferInput<typeof StorySchema>;
