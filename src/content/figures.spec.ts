import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lossClaims, lossContext } from '../../data/figures/losses';
import { shellContext } from '../../data/figures/shells';
import { article } from './article';
import type { FigureInput } from './figure-schema';
import { trustedFigures } from './figures';
import { loadFigures } from './load-figures';
import { validateFigures } from './validate-figures';
import { StoryValidationError } from './validate';

const FILE = 'data/figures/losses.ts';

function problemsOf(input: unknown): string {
  try {
    validateFigures(input, FILE, article.blocks);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryValidationError);
    return (error as Error).message;
  }
  throw new Error('expected validation to fail');
}

const withChange = (change: (f: Record<string, unknown>) => void): FigureInput[] => {
  const copy = structuredClone(lossClaims) as unknown as Record<string, unknown>[];
  change(copy[0]!);
  return copy as unknown as FigureInput[];
};

/** Minimal RFC 4180 reader: the facts CSVs quote fields with commas and double their quotes. */
function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('the real figures', () => {
  const figures = loadFigures();

  it('validate, and every figure has a paragraph, a citation or a formula', () => {
    for (const f of figures.all) {
      if (f.kind === 'claim') expect(article.blocks.map((b) => b.id)).toContain(f.paragraph);
      else if (f.kind === 'context') expect(f.citation.url).toMatch(/^https?:\/\//);
      else expect(f.formula).toMatch(/÷/);
    }
    expect(figures.all.filter((f) => f.kind === 'claim')).toHaveLength(8);
    expect(figures.losses.context).toHaveLength(19);
    expect(figures.shells.context).toHaveLength(12);
    expect(figures.perMonth.map((f) => f.battle)).toEqual(['pokrovsk', 'bakhmut', 'avdiivka']);
  });

  it('are what the browser gets: the trusted copy equals the validated one', () => {
    expect(trustedFigures()).toEqual(figures);
  });

  it('keep the article’s three loss figures as written', () => {
    const byBattle = Object.fromEntries(figures.losses.claims.map((c) => [c.battle, c]));
    expect(byBattle.bakhmut).toMatchObject({ low: 70000, high: 100000, openHigh: true, definition: 'K+W' });
    expect(byBattle.avdiivka).toMatchObject({ low: 40000, high: 50000, approximate: true, definition: 'K+W' });
    expect(byBattle.pokrovsk).toMatchObject({ low: 100000, high: 100000, approximate: true, definition: 'K+severely-W' });
  });

  it('match loss-estimates.csv row by row (estimator, numbers, source)', () => {
    const rows = readCsv('../../data/raw/facts/loss-estimates.csv').filter((r) => !r.estimator!.startsWith('The article'));
    expect(rows).toHaveLength(lossContext.length);
    rows.forEach((row, i) => {
      const record = lossContext[i]!;
      expect(record.kind === 'context' && record.citation.url, row.estimator).toBe(row.source);
      expect(record.low ?? null, row.estimator).toBe(row.low ? Number(row.low) : null);
      expect(record.high ?? (record.openHigh ? null : record.low), row.estimator).toBe(row.high ? Number(row.high) : null);
      // The CSV's partial rows must never become battle totals; we may be stricter than the CSV
      // (the anonymous NYT figure was assessed two months before Bakhmut ended).
      if (/only|partial/i.test(row.scope!)) expect(record.scope, `${row.estimator}: scope`).not.toBe('whole');
    });
  });

  it('match shells-per-day.csv (every CSV number appears in a record with the same source)', () => {
    const rows = readCsv('../../data/raw/facts/shells-per-day.csv');
    for (const row of rows) {
      const same = shellContext.filter((r) => r.kind === 'context' && r.citation.url === row.source);
      const numbers = same.flatMap((r) => [r.low, r.high]);
      expect(numbers, row.period).toContain(Number(row.low));
      if (row.high) expect(numbers, row.period).toContain(Number(row.high));
    }
  });
});

describe('validateFigures fails, naming the file, record and field, on', () => {
  it('a claim with an unknown paragraph ID', () => {
    const message = problemsOf(withChange((f) => (f.paragraph = 'p99')));
    expect(message).toContain(FILE);
    expect(message).toMatch(/\(figure "claim-pokrovsk-losses"\) → paragraph: unknown paragraph ID "p99"/);
  });

  it('a claim whose quote is not in its paragraph', () => {
    const message = problemsOf(withChange((f) => (f.paragraph = 'p4')));
    expect(message).toMatch(/figure "claim-pokrovsk-losses"\) → quote: not a verbatim excerpt of "p4"/);
  });

  it('a claim without a paragraph', () => {
    const message = problemsOf(withChange((f) => delete f.paragraph));
    expect(message).toMatch(/\(figure "claim-pokrovsk-losses"\) → paragraph: is missing|paragraph/);
  });

  it('a context figure without a citation', () => {
    const input = structuredClone(lossContext) as unknown as Record<string, unknown>[];
    delete input[0]!.citation;
    const message = problemsOf(input);
    expect(message).toMatch(/\(figure "ctx-bakhmut-kirby"\) → citation/);
  });

  it('a loss figure without a definition, or with low above high', () => {
    const message = problemsOf(
      withChange((f) => {
        delete f.definition;
        f.low = 200000;
      })
    );
    expect(message).toMatch(/→ definition: a loss figure must say who counts/);
    expect(message).toMatch(/→ high: is below low/);
  });
});
