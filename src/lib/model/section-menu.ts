// The story's "Sections" menu: the intro, each of the article's own sections (where its first step
// is), the author's conclusion, the original article and About. Derived from the steps' sections
// (sections.ts) so the menu cannot disagree with the headings on the cards.

import type { Block } from '$content/article';
import type { Step } from '$content/schema';
import type { Section } from './sections';

export interface MenuEntry {
  label: string;
  /** A fragment of the story page: a step ("#step-…") or a part of the page ("#original"). */
  href: string;
}

export interface SectionMenuCopy {
  intro: string;
  conclusion: string;
  /** The article block where the conclusion starts: the first step resting on it or a later block opens it. */
  conclusionFrom: string;
  original: string;
  about: string;
}

export function sectionMenu(
  steps: readonly Step[],
  sections: readonly { section: Section; starts: boolean }[],
  blocks: readonly Block[],
  copy: SectionMenuCopy
): MenuEntry[] {
  const order = new Map(blocks.map((block, i) => [block.id, i]));
  const first = steps[0];
  const entries: MenuEntry[] = first ? [{ label: copy.intro, href: `#step-${first.id}` }] : [];
  steps.forEach((step, i) => {
    const s = sections[i];
    if (s?.starts && s.section.id !== 'title') entries.push({ label: s.section.title, href: `#step-${step.id}` });
  });
  const from = order.get(copy.conclusionFrom);
  const earliest = (step: Step) => Math.min(...step.paragraphs.map((id) => order.get(id) ?? Infinity));
  const conclusion = from === undefined ? undefined : steps.find((step) => earliest(step) >= from);
  if (conclusion) entries.push({ label: copy.conclusion, href: `#step-${conclusion.id}` });
  entries.push({ label: copy.original, href: '#original' }, { label: copy.about, href: '#about' });
  return entries;
}
