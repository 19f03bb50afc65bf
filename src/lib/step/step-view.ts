// What every view of a step shows, resolved once from the story content: the story's card, the
// presenter's slide and notes, and the handout all read a step through here.
import type { Block } from '$content/article';
import type { ContextNote, Step } from '$content/schema';
import { site } from '$content/site';
import type { StoryContent } from '../story/content-context';

export interface StepView {
  step: Step;
  /** The article blocks the step rests on, in the step's order. */
  cited: Block[];
  /** The step's dated, cited context notes. */
  notes: ContextNote[];
  /** Our reading of the figures rather than the author's claim: labelled and coloured apart. */
  analysis: boolean;
  /** The voice label the reader sees ("The article says" / our reading), from the site copy. */
  voiceLabel: string;
}

/**
 * Looks up the step's cited blocks and context notes. Validation already guarantees the IDs; a
 * miss here means the page was given content other than the story it validated, so it throws
 * naming the step and the ID rather than rendering a hole.
 */
export function resolveStep(step: Step, content: StoryContent): StepView {
  const lookup = <T>(map: ReadonlyMap<string, T>, id: string, what: string): T => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`step "${step.id}": ${what} "${id}" is not in the page's story content`);
    return found;
  };
  return {
    step,
    cited: step.paragraphs.map((id) => lookup(content.blocks, id, 'article block')),
    notes: (step.context ?? []).map((id) => lookup(content.notes, id, 'context note')),
    analysis: step.voice === 'analysis',
    voiceLabel: step.voice === 'analysis' ? site.legend.analysis : site.legend.claim
  };
}

/** Steps whose claim and quote together run past this many characters get a smaller slide type, to fit 1280×720. */
const LONG_STEP_CHARS = 240;

export function isLongStep(step: Pick<Step, 'claim' | 'quote'>): boolean {
  return step.claim.length + (step.quote?.length ?? 0) > LONG_STEP_CHARS;
}
