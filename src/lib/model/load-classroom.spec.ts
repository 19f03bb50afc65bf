import { describe, expect, it } from 'vitest';
import { loadClassroom } from './load-classroom';

describe('the real teaching notes', () => {
  it('cover every section of the story, in article order, with 2–3 questions each', () => {
    const { teaching, sections } = loadClassroom();
    const sectionIds = [...new Set(sections.map((mark) => mark.section.id))];
    expect(teaching.map((note) => note.section)).toEqual(sectionIds);
    for (const note of teaching) expect(note.questions.length).toBeGreaterThanOrEqual(2);
  });
});
