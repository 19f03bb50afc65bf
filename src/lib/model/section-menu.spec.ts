import { describe, expect, it } from 'vitest';
import article from '../../../data/processed/article.json' with { type: 'json' };
import type { Block } from '$content/article';
import type { Step } from '$content/schema';
import { storyInput } from '$content/story';
import { sectionMenu } from './section-menu';
import { sectionsForSteps } from './sections';

const blocks = article.blocks as Block[];
// The story's input as validated (voice defaults to the author's claim).
const steps = storyInput.steps.map((s) => ({ voice: 'claim', ...s })) as Step[];
const copy = { intro: 'Intro', conclusion: 'End', conclusionFrom: 'p12', original: 'Original', about: 'About' };

describe('sectionMenu', () => {
  it('lists the intro, the article’s four headings at their first steps, the conclusion, the article and About', () => {
    const menu = sectionMenu(steps, sectionsForSteps(steps, blocks), blocks, copy);
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings).toHaveLength(4);
    expect(menu.map((e) => e.label)).toEqual(['Intro', ...headings.map((h) => h.text), 'End', 'Original', 'About']);
    // Each heading's entry is the first step that cites its heading block or a paragraph after it.
    expect(menu.slice(1, 5).map((e) => e.href)).toEqual([
      '#step-withdrawal',
      '#step-mine',
      '#step-tactic-not-strategy',
      '#step-western-aid'
    ]);
    expect(menu[0]!.href).toBe('#step-intro');
    expect(menu[5]!.href).toBe('#step-burn-out');
    expect(menu.slice(6).map((e) => e.href)).toEqual(['#original', '#about']);
  });

  it('leaves the conclusion out when its block is not in the article', () => {
    const menu = sectionMenu(steps, sectionsForSteps(steps, blocks), blocks, { ...copy, conclusionFrom: 'nope' });
    expect(menu.map((e) => e.label)).not.toContain('End');
  });
});
