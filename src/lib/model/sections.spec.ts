import { describe, expect, it } from 'vitest';
import { article } from '$content/article';
import { loadContent } from '$content/load';
import type { Step } from '$content/schema';
import { sectionOfStep, sectionsForSteps } from './sections';

const step = (paragraphs: string[]): Step => ({
  id: 'x',
  paragraphs,
  voice: 'claim',
  claim: 'c',
  panel: { type: 'title', alt: 'a title card for the story' }
});

describe('sectionOfStep', () => {
  it('puts steps before the first heading in the title section', () => {
    expect(sectionOfStep(step(['p2']), article.blocks).id).toBe('title');
  });

  it('uses the heading a step cites, or the last one before its first paragraph', () => {
    expect(sectionOfStep(step(['h2', 'p6']), article.blocks).id).toBe('h2');
    expect(sectionOfStep(step(['p9']), article.blocks).id).toBe('h3');
    expect(sectionOfStep(step(['li3']), article.blocks).id).toBe('h4');
  });

  it('marks where each section starts in the real story', () => {
    const { story } = loadContent();
    const marks = sectionsForSteps(story.steps, article.blocks);
    const starts = marks.filter((m) => m.starts).map((m) => m.section.id);
    expect(starts).toEqual(['title', 'h1', 'h2', 'h3', 'h4']);
  });
});
