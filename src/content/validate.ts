import * as v from 'valibot';
import type { Locate, Segment } from './aml';
import type { Block } from './article';
import { ContextNoteSchema, StorySchema, type ContextNote, type Story } from './schema';

/**
 * Thrown at build time. Its message is one line per problem, each complete on its own:
 * `file: record → field: what is wrong` (with `line N:` for .aml documents), the format every data check of the build uses
 * (scripts/validate-data.mjs prints these lines, without a stack trace).
 */
export class StoryValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[]
  ) {
    super(problems.map((problem) => `${file}: ${problem}`).join('\n'));
    this.name = 'StoryValidationError';
  }

  /** The message's lines, one per problem. */
  get lines(): string[] {
    return this.message.split('\n');
  }
}

type Path = v.BaseIssue<unknown>['path'];

/** "steps[3] (step "bakhmut-losses") → panel.alt" from a valibot issue path. */
function describePath(path: Path, itemKind: string): string {
  if (!path?.length) return '(root)';
  let out = '';
  let named = false;
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out && !out.endsWith('→ ') ? '.' : '') + String(key);
    const id = (item.value as { id?: unknown } | null | undefined)?.id;
    if (!named && typeof key === 'number' && typeof id === 'string') {
      out += ` (${itemKind} "${id}") → `;
      named = true;
    }
  }
  return out.replace(/ → $/, '');
}

/** "line 42: " for documents whose lines we can find (ArchieML), nothing for TS modules. */
export function atLine(locate: Locate | undefined, path: readonly Segment[]): string {
  const line = locate?.(path);
  return line === undefined ? '' : `line ${line}: `;
}

function segments(path: Path): Segment[] {
  return (path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** valibot reports a missing required key as an invalid key; say what a story author needs to hear. */
function readableMessage(message: string): string {
  return /^Invalid key: .* but received undefined$/.test(message) ? 'is missing' : message;
}

export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  file: string,
  itemKind: string,
  locate?: Locate
) {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new StoryValidationError(
      file,
      result.issues.map(
        (issue) =>
          `${atLine(locate, segments(issue.path))}${describePath(issue.path, itemKind)}: ${readableMessage(issue.message)}`
      )
    );
  }
  return result.output as v.InferOutput<S>;
}

export function validateContextNotes(input: unknown, file: string, locate?: Locate): ContextNote[] {
  const notes = parseOrThrow(v.array(ContextNoteSchema), input, file, 'note', locate);
  const seen = new Set<string>();
  const problems = notes.flatMap((note, i) => {
    if (seen.has(note.id))
      return [`${atLine(locate, [i, 'id'])}[${i}] (note "${note.id}") → id: duplicate context note ID`];
    seen.add(note.id);
    return [];
  });
  if (problems.length) throw new StoryValidationError(file, problems);
  return notes;
}

export interface StoryReferences {
  blocks: Block[];
  contextNotes: ContextNote[];
}

/**
 * Validates the story's shape, then its references to the article: every cited block exists,
 * quotes are verbatim, every block is used by a step or excluded with a reason.
 */
export function validateStory(input: unknown, file: string, refs: StoryReferences): Story {
  const story = parseOrThrow(StorySchema, input, file, 'step');
  const blocks = new Map(refs.blocks.map((block) => [block.id, block]));
  const noteIds = new Set(refs.contextNotes.map((note) => note.id));
  const problems: string[] = [];
  const stepIds = new Set<string>();
  const used = new Set<string>();

  story.steps.forEach((step, i) => {
    const at = (field: string) => `steps[${i}] (step "${step.id}") → ${field}`;
    if (stepIds.has(step.id)) problems.push(`${at('id')}: duplicate step ID "${step.id}"`);
    stepIds.add(step.id);

    step.paragraphs.forEach((id, j) => {
      if (!blocks.has(id)) problems.push(`${at(`paragraphs[${j}]`)}: unknown paragraph ID "${id}"`);
      used.add(id);
    });
    const cited = step.paragraphs.map((id) => blocks.get(id)?.text ?? '');
    if (step.quote && !cited.some((text) => text.includes(step.quote!))) {
      problems.push(`${at('quote')}: not a verbatim excerpt of the cited paragraphs (${step.paragraphs.join(', ')})`);
    }
    step.context?.forEach((id, j) => {
      if (!noteIds.has(id)) problems.push(`${at(`context[${j}]`)}: unknown context note "${id}"`);
    });
    if (step.panel.type === 'quote') {
      step.panel.quotes.forEach((quote, j) => {
        const field = `panel.quotes[${j}]`;
        if (!step.paragraphs.includes(quote.block)) {
          problems.push(`${at(`${field}.block`)}: "${quote.block}" is not one of the step's paragraphs`);
        } else if (quote.text && !blocks.get(quote.block)?.text.includes(quote.text)) {
          problems.push(`${at(`${field}.text`)}: not a verbatim excerpt of "${quote.block}"`);
        }
      });
    }
  });

  const excluded = new Set<string>();
  story.excluded.forEach((exclusion, i) => {
    const at = `excluded[${i}] (block "${exclusion.block}")`;
    if (!blocks.has(exclusion.block)) problems.push(`${at} → block: unknown paragraph ID`);
    if (used.has(exclusion.block)) problems.push(`${at} → block: is used by a step, so it cannot be excluded`);
    excluded.add(exclusion.block);
  });

  for (const block of refs.blocks) {
    if (!used.has(block.id) && !excluded.has(block.id)) {
      problems.push(`paragraph "${block.id}" (${block.type}): neither used by a step nor listed in excluded`);
    }
  }

  if (problems.length) throw new StoryValidationError(file, problems);
  return story;
}
