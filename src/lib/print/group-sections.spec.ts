import { describe, expect, it } from 'vitest';
import { loadClassroom } from '../model/load-classroom';
import { groupStepsBySection } from './group-sections';

describe('groupStepsBySection', () => {
  it('puts every step of the real story under one section, in order, keeping its number', () => {
    const { story, sections } = loadClassroom();
    const groups = groupStepsBySection(story.steps, sections);
    expect(groups.map((g) => g.section.id)).toEqual(['title', 'h1', 'h2', 'h3', 'h4']);
    expect(groups.flatMap((g) => g.steps.map((s) => s.index))).toEqual(story.steps.map((_, i) => i));
    expect(groups[2]!.steps.map((s) => s.step.id)).toEqual(['mine', 'lithium', 'no-profit']);
  });

  it('returns nothing for no steps', () => {
    expect(groupStepsBySection([], [])).toEqual([]);
  });
});
