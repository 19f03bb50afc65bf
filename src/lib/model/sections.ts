import type { Block } from '$content/article';
import type { Step } from '$content/schema';

export interface Section {
  /** The heading block that opens it, or "title" for the part before the first heading. */
  id: string;
  title: string;
}

/**
 * The article section a step belongs to: the last heading at or before the step's earliest
 * cited block, in article order. Derived rather than stored so it cannot drift from the text.
 */
export function sectionOfStep(step: Step, blocks: Block[]): Section {
  const order = new Map(blocks.map((block, i) => [block.id, i]));
  const first = Math.min(...step.paragraphs.map((id) => order.get(id) ?? Infinity));
  let section: Section = { id: 'title', title: blocks.find((b) => b.type === 'title')?.text ?? '' };
  for (const block of blocks.slice(0, first + 1)) {
    if (block.type === 'heading') section = { id: block.id, title: block.text };
  }
  return section;
}

/**
 * One entry per step; `starts` is true where a new section begins (for headings and presenter
 * labels). Sections only move forward: a step that looks back at an earlier paragraph (an
 * analysis of ¶ 1 and ¶ 4, say) stays in the section the reader is in.
 */
export function sectionsForSteps(steps: Step[], blocks: Block[]): { section: Section; starts: boolean }[] {
  const order = new Map(blocks.map((block, i) => [block.id, i]));
  let current: Section | undefined;
  return steps.map((step) => {
    const own = sectionOfStep(step, blocks);
    const section = current && (order.get(own.id) ?? 0) < (order.get(current.id) ?? 0) ? current : own;
    const starts = section.id !== current?.id;
    current = section;
    return { section, starts };
  });
}
