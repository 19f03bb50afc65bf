import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as battles from '../../data/figures/battles';
import * as losses from '../../data/figures/losses';
import * as shells from '../../data/figures/shells';
import { readDocument } from './documents';
import * as embeds from './embeds';
import { citationProblems, indexFactBase, type CitationLike } from './fact-citations';
import * as story from './story';

// Every citation in the project's data whose URL the fact base cites must carry the page's date as
// the fact base gives it, and call its title a headline only where the fact base gives the
// headline (data/raw/facts/*.md; rules in fact-citations.ts). "Anything with a URL": the modules
// below are walked for objects with a url, a title and a date, so a new kind of record is covered
// without listing it here.

const FACTS_DIR = new URL('../../data/raw/facts/', import.meta.url);
const factBase = indexFactBase(
  readdirSync(FACTS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((name) => ({ name, text: readFileSync(new URL(name, FACTS_DIR), 'utf8') }))
);

/** The editable copy, read as the build reads it (validated), plus every module with records. */
const doc = (name: string) =>
  readDocument(`src/content/${name}`, readFileSync(new URL(name, import.meta.url), 'utf8')).data;

const MODULES: Record<string, unknown> = {
  'src/content/context.aml': doc('context.aml'),
  'src/content/teaching.aml': doc('teaching.aml'),
  'src/content/site.aml': doc('site.aml'),
  'src/content/corrections.aml': doc('corrections.aml'),
  'src/content/story.ts': story,
  'src/content/embeds.ts': embeds,
  'data/figures/losses.ts': losses,
  'data/figures/shells.ts': shells,
  'data/figures/battles.ts': battles
};

interface Found {
  /** "data/figures/losses.ts lossContext[3] (ctx-bakhmut-uk-osce)". */
  where: string;
  /** Stable across edits of the text: file, nearest record id, URL. */
  key: string;
  citation: CitationLike;
}

const isCitation = (x: Record<string, unknown>): boolean =>
  typeof x.url === 'string' && typeof x.title === 'string' && typeof x.date === 'string';

function collect(file: string, value: unknown, path: string, id: string, out: Found[], seen: Set<unknown>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) return value.forEach((v, i) => collect(file, v, `${path}[${i}]`, id, out, seen));
  const record = value as Record<string, unknown>;
  const ownId =
    typeof record.id === 'string'
      ? record.id
      : typeof record.battle === 'string' && !isCitation(record)
        ? record.battle
        : id;
  if (isCitation(record)) {
    const c = record as unknown as CitationLike;
    out.push({ where: `${file} ${path}${ownId ? ` (${ownId})` : ''}`, key: `${file} ${ownId} ${c.url}`, citation: c });
  }
  for (const [k, v] of Object.entries(record)) collect(file, v, path ? `${path}.${k}` : k, ownId, out, seen);
}

function allCitations(): Found[] {
  const out: Found[] = [];
  for (const [file, mod] of Object.entries(MODULES)) collect(file, mod, '', '', out, new Set());
  // The same object shared by several records is reported once per record that uses it.
  return out;
}

/**
 * Context-note citations that src/content/context.aml still gets wrong. The test fails if one of
 * these is fixed and left here, so the list only shrinks.
 */
const PENDING_IN_CONTEXT_NOTES = new Set<string>([]);

describe('citations against the fact base', () => {
  const found = allCitations();
  const checked = found.filter((f) => factBase.has(f.citation.url));
  const problems = checked.flatMap((f) =>
    citationProblems(f.citation, factBase.get(f.citation.url)!).map((p) => ({
      key: f.key,
      message: `${f.where}: ${f.citation.url}\n  ${p}`
    }))
  );

  it('finds the citations (context notes and figure records) and the fact base', () => {
    expect(factBase.size).toBeGreaterThan(150);
    expect(new Set(checked.map((f) => f.key.split(' ')[0]))).toEqual(
      new Set([
        'src/content/context.aml',
        'data/figures/losses.ts',
        'data/figures/shells.ts',
        'data/figures/battles.ts'
      ])
    );
  });

  it('every cited URL in the fact base carries its date and title kind', () => {
    const unexpected = problems.filter((p) => !PENDING_IN_CONTEXT_NOTES.has(p.key)).map((p) => p.message);
    expect(unexpected, unexpected.join('\n')).toEqual([]);
  });

  it('the context-note fixes still pending are still needed (remove each from the list once fixed)', () => {
    const stillWrong = new Set(problems.map((p) => p.key));
    expect([...PENDING_IN_CONTEXT_NOTES].filter((k) => !stillWrong.has(k))).toEqual([]);
  });
});
