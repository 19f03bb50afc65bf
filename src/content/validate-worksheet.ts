import type { Block } from './article';
import type { Locate } from './aml';
import type { ContextNote } from './schema';
import type { TeachingNote } from './teaching-schema';
import { atLine, parseOrThrow, StoryValidationError } from './validate';
import { WorksheetSchema, type Worksheet } from './worksheet-schema';

export interface WorksheetReferences {
  blocks: readonly Block[];
  teaching: readonly TeachingNote[];
  contextNotes: readonly ContextNote[];
}

/** Shape only (when the document is read); references need the other content. */
export function parseWorksheet(input: unknown, file: string, locate?: Locate): Worksheet {
  return parseOrThrow(WorksheetSchema, input, file, 'item', locate);
}

/** Words in “curly” or "straight" quotes: the article's own, so they must be in the cited block. */
const quoted = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

/**
 * Shape, then references: each question is a teaching note's, each claim's block exists and
 * contains the words it quotes, and each source is one a context note cites.
 */
export function validateWorksheet(input: unknown, file: string, refs: WorksheetReferences, locate?: Locate): Worksheet {
  const sheet = parseWorksheet(input, file, locate);
  const errors: string[] = [];
  sheet.questions.forEach(({ section, number }, i) => {
    const note = refs.teaching.find((n) => n.section === section);
    if (!note)
      errors.push(
        `${atLine(locate, ['questions', i, 'section'])}questions[${i}].section: no teaching note for section "${section}"`
      );
    else if (!note.questions[number - 1])
      errors.push(
        `${atLine(locate, ['questions', i, 'number'])}questions[${i}].number: section "${section}" has ${note.questions.length} questions, not ${number}`
      );
  });
  sheet.claims.forEach(({ paragraph, text }, i) => {
    const block = refs.blocks.find((b) => b.id === paragraph);
    if (!block) {
      errors.push(
        `${atLine(locate, ['claims', i, 'paragraph'])}claims[${i}].paragraph: no block "${paragraph}" in the article`
      );
      return;
    }
    for (const words of quoted(text))
      if (!block.text.includes(words))
        errors.push(`${atLine(locate, ['claims', i, 'text'])}claims[${i}].text: “${words}” is not in ${paragraph}`);
  });
  const cited = new Set(refs.contextNotes.flatMap((n) => n.sources.map((s) => s.url)));
  sheet.sources.forEach((url, i) => {
    if (!cited.has(url))
      errors.push(`${atLine(locate, ['sources', i])}sources[${i}]: ${url} is not a context note's source`);
  });
  if (errors.length) throw new StoryValidationError(file, errors);
  return sheet;
}

/** The worksheet's questions, as text, in its order. */
export function worksheetQuestions(sheet: Worksheet, teaching: readonly TeachingNote[]): string[] {
  return sheet.questions.map(
    ({ section, number }) => teaching.find((n) => n.section === section)!.questions[number - 1]!
  );
}
