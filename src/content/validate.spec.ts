import { describe, expect, it } from 'vitest';
import { article } from './article';
import context from './context.aml';
import { loadContent } from './load';
import type { StoryInput } from './schema';
import { storyInput } from './story';
import { StoryValidationError, validateContextNotes, validateStory } from './validate';

const refs = { blocks: article.blocks, contextNotes: context.notes };
const FILE = 'src/content/story.ts';

/** A deep copy of the real story with one change applied. */
function mutated(change: (story: StoryInput) => void): StoryInput {
  const copy = structuredClone(storyInput);
  change(copy);
  return copy;
}

function problemsOf(input: unknown): string {
  try {
    validateStory(input, FILE, refs);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryValidationError);
    return (error as Error).message;
  }
  throw new Error('expected validation to fail');
}

describe('the real story', () => {
  // A golden map, typed out from story.ts and data/processed/article.json: which steps rest on
  // each block of the article, in article order ('excluded' = listed with a reason). Re-pointing
  // a step, dropping one, or a re-segmented article shows up here as a reviewed change.
  it('rests on the article block by block, exactly so', () => {
    const { story } = loadContent();
    const citing = (id: string) => story.steps.filter((step) => step.paragraphs.includes(id)).map((step) => step.id);
    const excluded = new Set(story.excluded.map((e) => e.block));
    expect(article.blocks.map((b) => [b.id, excluded.has(b.id) ? 'excluded' : citing(b.id).join(' ')])).toEqual([
      ['title', 'intro'],
      ['caption', 'excluded'],
      ['dek', 'intro'],
      ['p1', 'where storming pokrovsk-losses losses-in-context per-month'],
      ['p2', 'asymmetry'],
      ['h1', 'withdrawal'],
      ['p3', 'withdrawal'],
      ['p4', 'precedent bakhmut-losses avdiivka-losses losses-in-context per-month'],
      ['p5', 'long-war'],
      ['h2', 'mine no-profit'],
      ['p6', 'mine lithium'],
      ['p7', 'no-profit'],
      ['h3', 'tactic-not-strategy'],
      ['p8', 'tactic-not-strategy'],
      ['p9', 'shells shells-drop'],
      ['h4', 'western-aid'],
      ['p10', 'western-aid'],
      ['p11', 'aid-requests'],
      ['li1', 'aid-requests'],
      ['li2', 'aid-requests'],
      ['li3', 'aid-requests'],
      ['li4', 'aid-requests'],
      ['li5', 'aid-requests'],
      ['p12', 'burn-out'],
      ['p13', 'square-kilometre'],
      ['p14', 'one-point'],
      ['p15', 'speed'],
      ['byline', 'intro']
    ]);
  });
});

describe('the error message', () => {
  it('is one complete line per problem, each naming the file, with no header or list lines', () => {
    const message = problemsOf(
      mutated((s) => {
        s.steps[2]!.paragraphs = ['p99'];
        s.steps[3]!.id = s.steps[2]!.id;
      })
    );
    const lines = message.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines)
      expect(line, line).toMatch(
        /^src\/content\/story\.ts: (steps\[\d+\] \(step "[^"]+"\) → [\w.[\]]+|paragraph "\w+" \(\w+\)): \S/
      );
  });
});

describe('validateStory fails, naming the file, step and field, on', () => {
  it('an unknown paragraph ID', () => {
    const message = problemsOf(mutated((s) => (s.steps[2]!.paragraphs = ['p99'])));
    expect(message).toContain(FILE);
    expect(message).toMatch(/step "storming"\) → paragraphs\[0\]: unknown paragraph ID "p99"/);
  });

  it('a body paragraph neither used nor excluded', () => {
    const message = problemsOf(
      mutated((s) => {
        s.steps = s.steps.filter((step) => step.id !== 'one-point');
      })
    );
    expect(message).toMatch(/paragraph "p14" \(paragraph\): neither used by a step nor listed in excluded/);
  });

  it('a duplicate step ID', () => {
    const message = problemsOf(mutated((s) => (s.steps[3]!.id = s.steps[2]!.id)));
    expect(message).toMatch(/steps\[3\] \(step "storming"\) → id: duplicate step ID/);
  });

  it('an unknown panel type', () => {
    const message = problemsOf(mutated((s) => ((s.steps[4]!.panel as { type: string }).type = 'video')));
    expect(message).toMatch(/steps\[4\] \(step "asymmetry"\) → panel\.type: is not a known panel type/);
  });

  it('a missing alt text', () => {
    const message = problemsOf(mutated((s) => delete (s.steps[0]!.panel as { alt?: string }).alt));
    expect(message).toMatch(/step "intro"\) → panel\.alt: is missing/);
  });

  it('an unknown map preset or layer', () => {
    const preset = problemsOf(mutated((s) => ((s.steps[1]!.panel as { preset: string }).preset = 'mars')));
    expect(preset).toMatch(/panel\.preset: is not a known map preset/);
    const layer = problemsOf(mutated((s) => ((s.steps[1]!.panel as { layers: string[] }).layers = ['front-line'])));
    expect(layer).toMatch(/panel\.layers\[0\]: is not a known map layer/);
  });

  it('a quote that is not verbatim', () => {
    const message = problemsOf(mutated((s) => (s.steps[2]!.quote = 'advance at all costs')));
    expect(message).toMatch(/step "storming"\) → quote: not a verbatim excerpt/);
  });

  it('an unknown context note', () => {
    const message = problemsOf(mutated((s) => (s.steps[2]!.context = ['rumour'])));
    expect(message).toMatch(/context\[0\]: unknown context note "rumour"/);
  });

  it('excluding a block that a step uses', () => {
    const message = problemsOf(mutated((s) => s.excluded.push({ block: 'p1', reason: 'test' })));
    expect(message).toMatch(/excluded\[1\] \(block "p1"\) → block: is used by a step/);
  });
});

describe('validateContextNotes', () => {
  it('rejects a note without sources and a non-https URL', () => {
    const bad = structuredClone(context.notes);
    bad[0]!.sources = [];
    bad[1]!.sources[0]!.url = 'http://example.org/';
    expect(() => validateContextNotes(bad, 'src/content/context.aml')).toThrow(
      /\[0\] \(note "publication"\) → sources: a context note needs at least one source[\s\S]*must be an https URL/
    );
  });
});
