import type { Step } from '$content/schema';
import type { Section } from '../model/sections';

export interface SectionGroup {
  section: Section;
  steps: { step: Step; index: number }[];
}

/** Steps gathered under the section they belong to, in story order, keeping each step's story number. */
export function groupStepsBySection(steps: Step[], marks: { section: Section; starts: boolean }[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  steps.forEach((step, index) => {
    const mark = marks[index];
    if (!mark) return;
    if (mark.starts || !groups.length) groups.push({ section: mark.section, steps: [] });
    groups.at(-1)!.steps.push({ step, index });
  });
  return groups;
}
