import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineMap, locator, parseAml } from './aml';
import { article } from './article';
import { readDocument } from './documents';
import { site } from './site';
import { StoryValidationError } from './validate';
import { validateTeaching } from './validate-teaching';

const DOCS = ['context.aml', 'teaching.aml', 'site.aml', 'corrections.aml', 'worksheet.aml'];
const source = (name: string) => readFileSync(`src/content/${name}`, 'utf8');

/** The 1-based line of the `nth` line containing `text`, found by plain search (not by the code under test). */
function lineContaining(src: string, text: string, nth = 1): number {
  let seen = 0;
  const i = src.split('\n').findIndex((line) => line.includes(text) && ++seen === nth);
  if (i < 0) throw new Error(`test setup: "${text}" not in the source`);
  return i + 1;
}

function replaceOnce(src: string, from: string, to: string): string {
  if (!src.includes(from)) throw new Error(`test setup: "${from}" not in the source`);
  return src.replace(from, to);
}

function problemsOf(file: string, src: string): string {
  try {
    readDocument(`src/content/${file}`, src);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryValidationError);
    return (error as Error).message;
  }
  throw new Error('expected validation to fail');
}

describe('lineMap', () => {
  it('gives the line where each key, item and record starts', () => {
    const doc = [
      '# a comment',
      'title: T',
      '{legend}',
      'claim: C',
      '{}',
      '[notes]',
      'id: a',
      '[.tags]',
      '* x',
      '* y',
      '[]',
      'id: b',
      '[]'
    ].join('\n');
    expect(lineMap(doc)).toEqual({
      title: 2,
      legend: 3,
      'legend.claim': 4,
      notes: 6,
      'notes[0]': 7,
      'notes[0].id': 7,
      'notes[0].tags': 8,
      'notes[0].tags[0]': 9,
      'notes[0].tags[1]': 10,
      'notes[1]': 12,
      'notes[1].id': 12
    });
  });

  it('covers every value of the real documents', () => {
    for (const name of DOCS) {
      const src = source(name);
      const lines = lineMap(src);
      const leaves: string[] = [];
      const walk = (value: unknown, path: string) => {
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if (value && typeof value === 'object')
          Object.entries(value).forEach(([k, item]) => walk(item, path ? `${path}.${k}` : k));
        else leaves.push(path);
      };
      walk(parseAml(src), '');
      expect(
        leaves.filter((path) => lines[path] === undefined),
        name
      ).toEqual([]);
    }
  });
});

describe('the real documents', () => {
  it('all validate', () => {
    for (const name of DOCS) expect(() => readDocument(`src/content/${name}`, source(name)), name).not.toThrow();
  });

  it('give the site copy its shape', () => {
    expect(site.present.stepOf(3, 12)).toBe('Step 3 of 12');
    expect(site.present.help[0]).toEqual(['→  ↓  Space  Page Down', 'Next step']);
  });
});

describe('a bad document fails naming the file, the line and the field', () => {
  it('context.aml: a non-https source URL', () => {
    const src = replaceOnce(source('context.aml'), 'url: https://zona.media/', 'url: http://zona.media/');
    const line = lineContaining(src, 'url: http://zona.media/');
    expect(problemsOf('context.aml', src)).toContain(
      `src/content/context.aml: line ${line}: [1] (note "article-total") → sources[0].url: must be an https URL`
    );
  });

  it('context.aml: a missing field points at its note', () => {
    const src = replaceOnce(
      source('context.aml'),
      'id: mine\ntitle: The mine: shut by its owner, claimed by Russia\n',
      'id: mine\n'
    );
    const line = lineContaining(src, 'id: mine');
    expect(problemsOf('context.aml', src)).toContain(`line ${line}: [8] (note "mine") → title: is missing`);
  });

  it('context.aml: a duplicate ID', () => {
    const src = replaceOnce(source('context.aml'), 'id: lithium-value', 'id: lithium');
    const line = lineContaining(src, 'id: lithium', 2);
    expect(problemsOf('context.aml', src)).toContain(
      `line ${line}: [10] (note "lithium") → id: duplicate context note ID`
    );
  });

  it('site.aml: an unknown key and an empty label', () => {
    let src = replaceOnce(source('site.aml'), 'prev: Previous step\n', 'prev: Previous step\nprevious: Back\n');
    src = replaceOnce(src, 'close: Close\n', 'close:\n');
    const message = problemsOf('site.aml', src);
    expect(message).toContain(`line ${lineContaining(src, 'previous: Back')}: present.previous: Invalid key`);
    expect(message).toContain(`line ${lineContaining(src, 'close:')}: present.close: must not be empty`);
  });

  it('site.aml: stepOf without its {total} placeholder', () => {
    const src = replaceOnce(source('site.aml'), 'stepOf: Step {n} of {total}', 'stepOf: Step {n}');
    expect(problemsOf('site.aml', src)).toContain(
      `line ${lineContaining(src, 'stepOf:')}: present.stepOf: must contain {total}`
    );
  });

  it('corrections.aml: a bad date and a missing reason', () => {
    const src = replaceOnce(
      source('corrections.aml'),
      '[corrections]\n',
      '[corrections]\ndate: 2026-13-01\nwhat: A figure\nwhy: A typo\n\ndate: 2026-12-01\nwhat: Another\n'
    );
    const message = problemsOf('corrections.aml', src);
    expect(message).toContain(
      `line ${lineContaining(src, 'date: 2026-13-01')}: corrections[0].date: must be a date (YYYY-MM-DD)`
    );
    expect(message).toContain(`line ${lineContaining(src, 'date: 2026-12-01')}: corrections[1].why: is missing`);
  });

  it('corrections.aml: a day that does not exist, and records out of order', () => {
    const src = replaceOnce(
      source('corrections.aml'),
      '[corrections]\n',
      '[corrections]\ndate: 2026-02-30\nwhat: A\nwhy: B\ndate: 2026-01-02\nwhat: C\nwhy: D\ndate: 2026-03-01\nwhat: E\nwhy: F\n'
    );
    const message = problemsOf('corrections.aml', src);
    expect(message).toContain(
      `line ${lineContaining(src, 'date: 2026-02-30')}: corrections[0].date: is not a day of the calendar`
    );
    expect(message).toContain(`line ${lineContaining(src, '[corrections]')}: corrections: must be listed newest first`);
  });

  it('teaching.aml: an unknown paragraph, found against the article after reading', () => {
    const src = replaceOnce(source('teaching.aml'), '* p6\n', '* p66\n');
    const { data, lines } = readDocument('src/content/teaching.aml', src);
    const refs = { blocks: article.blocks, sectionIds: ['title', 'h1', 'h2', 'h3', 'h4'] };
    expect(() =>
      validateTeaching((data as { notes: unknown }).notes, 'src/content/teaching.aml', refs, locator(lines, ['notes']))
    ).toThrow(`line ${lineContaining(src, '* p66')}: [2] (section "h2") → paragraphs[1]: unknown paragraph ID "p66"`);
  });

  it('an .aml file with no schema', () => {
    expect(problemsOf('notes.aml', 'a: b')).toContain('src/content/notes.aml: no schema for this document');
  });
});
