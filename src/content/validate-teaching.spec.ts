import { describe, expect, it } from 'vitest';
import { article } from './article';
import teachingDoc from './teaching.aml';
import type { TeachingInput } from './teaching-schema';
import { StoryValidationError } from './validate';
import { validateTeaching } from './validate-teaching';

const FILE = 'src/content/teaching.aml';
const refs = { blocks: article.blocks, sectionIds: ['title', 'h1', 'h2', 'h3', 'h4'] };

function mutated(change: (notes: TeachingInput) => void): TeachingInput {
  const copy = structuredClone(teachingDoc.notes) as TeachingInput;
  change(copy);
  return copy;
}

function problemsOf(input: unknown): string {
  try {
    validateTeaching(input, FILE, refs);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryValidationError);
    return (error as Error).message;
  }
  throw new Error('expected validation to fail');
}

describe('validateTeaching fails, naming the file, section and field, on', () => {
  it('an unknown section', () => {
    const message = problemsOf(mutated((notes) => (notes[2]!.section = 'h9')));
    expect(message).toContain(FILE);
    expect(message).toMatch(/\[2\] \(section "h9"\) → section: unknown section "h9"/);
    expect(message).toMatch(/section "h2": has no teaching note/);
  });

  it('an unknown paragraph ID', () => {
    const message = problemsOf(mutated((notes) => (notes[1]!.paragraphs = ['p3', 'p42'])));
    expect(message).toMatch(/\[1\] \(section "h1"\) → paragraphs\[1\]: unknown paragraph ID "p42"/);
  });

  it('a duplicate section', () => {
    const message = problemsOf(mutated((notes) => (notes[4]!.section = 'h3')));
    expect(message).toMatch(/\[4\] \(section "h3"\) → section: duplicate teaching note/);
  });

  it('too few or too many questions', () => {
    const few = problemsOf(mutated((notes) => (notes[0]!.questions = ['Only one?'])));
    expect(few).toMatch(/\[0\] \(section "title"\) → questions: give 2–3 discussion questions/);
    const many = problemsOf(mutated((notes) => notes[0]!.questions.push('A fourth?')));
    expect(many).toMatch(/questions: give 2–3/);
  });

  it('an empty summary, a missing field and an unexpected one', () => {
    const message = problemsOf(
      mutated((notes) => {
        notes[3]!.summary = '  ';
        delete (notes[1] as { paragraphs?: string[] }).paragraphs;
        (notes[0] as unknown as Record<string, unknown>).note = 'x';
      })
    );
    expect(message).toMatch(/\[3\] \(section "h3"\) → summary: must not be empty/);
    expect(message).toMatch(/\[1\] \(section "h1"\) → paragraphs: /);
    expect(message).toMatch(/\[0\] \(section "title"\) → note: /);
  });
});
