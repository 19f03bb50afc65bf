import * as v from 'valibot';
import type { Block } from './article';
import type { Locate, Segment } from './aml';
import { TeachingSchema, type TeachingNote } from './teaching-schema';
import { atLine, StoryValidationError } from './validate';

export interface TeachingReferences {
  blocks: Block[];
  /** Section IDs in article order, from sectionsForSteps. */
  sectionIds: readonly string[];
}

/** "[2] (section "h2") → questions" — notes are named by their section, not by an `id`. */
function describe(issue: v.BaseIssue<unknown>, input: unknown): string {
  const path = issue.path ?? [];
  const [head, ...rest] = path;
  if (typeof head?.key !== 'number') return '(root)';
  const section = (Array.isArray(input) ? (input[head.key] as { section?: unknown }) : undefined)?.section;
  const name = typeof section === 'string' ? ` (section "${section}")` : '';
  const field = rest.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
  return `[${head.key}]${name}${field ? ` → ${field.replace(/^\./, '')}` : ''}`;
}

/** The shape alone (teaching.aml is checked this far when it is read; references need the story). */
export function parseTeaching(input: unknown, file: string, locate?: Locate): TeachingNote[] {
  const result = v.safeParse(TeachingSchema, input);
  if (!result.success) {
    throw new StoryValidationError(
      file,
      result.issues.map((issue) => {
        const path: Segment[] = (issue.path ?? []).map((item) =>
          typeof item.key === 'number' ? item.key : String(item.key)
        );
        return `${atLine(locate, path)}${describe(issue, input)}: ${issue.message}`;
      })
    );
  }
  return result.output;
}

/**
 * Shape first, then references: every note names a real section and real paragraphs, and every
 * section of the story has exactly one note, so the presenter never shows a section without one.
 */
export function validateTeaching(
  input: unknown,
  file: string,
  refs: TeachingReferences,
  locate?: Locate
): TeachingNote[] {
  const notes = parseTeaching(input, file, locate);
  const blockIds = new Set(refs.blocks.map((block) => block.id));
  const known = new Set(refs.sectionIds);
  const seen = new Set<string>();
  const problems: string[] = [];

  notes.forEach((note, i) => {
    const at = (field: string, path: Segment[] = [field]) =>
      `${atLine(locate, [i, ...path])}[${i}] (section "${note.section}") → ${field}`;
    if (!known.has(note.section)) {
      problems.push(`${at('section')}: unknown section "${note.section}" (known: ${refs.sectionIds.join(', ')})`);
    } else if (seen.has(note.section)) {
      problems.push(`${at('section')}: duplicate teaching note for this section`);
    }
    seen.add(note.section);
    note.paragraphs.forEach((id, j) => {
      if (!blockIds.has(id))
        problems.push(`${at(`paragraphs[${j}]`, ['paragraphs', j])}: unknown paragraph ID "${id}"`);
    });
  });
  for (const id of refs.sectionIds) {
    if (!seen.has(id)) problems.push(`section "${id}": has no teaching note`);
  }

  if (problems.length) throw new StoryValidationError(file, problems);
  return notes;
}
