import { describe, expect, it } from 'vitest';
import { article } from './article';
import context from './context.aml';
import teachingDoc from './teaching.aml';
import worksheetDoc from './worksheet.aml';
import { StoryValidationError } from './validate';
import { validateWorksheet, worksheetQuestions } from './validate-worksheet';

const FILE = 'src/content/worksheet.aml';
const refs = { blocks: article.blocks, teaching: teachingDoc.notes, contextNotes: context.notes };
const raw = () =>
  structuredClone(worksheetDoc) as unknown as Record<string, unknown> & {
    questions: { section: string; number: string }[];
    claims: { paragraph: string; text: string }[];
    sources: string[];
  };
const problems = (input: unknown) => {
  try {
    validateWorksheet(input, FILE, refs);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(StoryValidationError);
    return String((error as Error).message);
  }
};

describe('worksheet.aml', () => {
  it('is valid, and its questions are teaching-note questions', () => {
    const sheet = validateWorksheet(worksheetDoc, FILE, refs);
    const all = teachingDoc.notes.flatMap((n) => n.questions);
    for (const q of worksheetQuestions(sheet, teachingDoc.notes)) expect(all).toContain(q);
  });

  it('names a question that does not exist', () => {
    const input = raw();
    input.questions[0]!.number = '9';
    expect(problems(input)).toMatch(/questions\[0\]\.number: section "title" has 3 questions, not 9/);
  });

  it('names a claim whose quoted words are not in its block', () => {
    const input = raw();
    input.claims[0]!.text = 'Losses were “about a million”.';
    expect(problems(input)).toMatch(/claims\[0\]\.text: “about a million” is not in p1/);
  });

  it('names a source no context note cites', () => {
    const input = raw();
    input.sources[0] = 'https://example.org/not-cited';
    expect(problems(input)).toMatch(/sources\[0\]: https:\/\/example.org\/not-cited is not a context note's source/);
  });
});
