import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lossClaims, lossContext } from '../../../data/figures/losses';
import { shellContext } from '../../../data/figures/shells';
import { article } from '$content/article';
import type { FigureInput } from '../../../data/figures/figure-schema';
import { trustedFigures } from './figures';
import { loadFigures } from './load-figures';
import { validateFigures } from '$content/validate-figures';
import { StoryValidationError } from '$content/validate';

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
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('the real figures', () => {
  const figures = loadFigures();

  // Golden lists, typed out from data/figures/ and data/raw/facts/: adding, dropping or
  // re-pointing a record must show up here as a reviewed change.
  it('are exactly these claims, each tied to its paragraph', () => {
    expect(figures.all.filter((f) => f.kind === 'claim').map((f) => [f.id, f.kind === 'claim' && f.paragraph])).toEqual(
      [
        ['claim-pokrovsk-losses', 'p1'],
        ['claim-bakhmut-losses', 'p4'],
        ['claim-avdiivka-losses', 'p4'],
        ['claim-bakhmut-avdiivka-tens-of-thousands', 'p12'],
        ['claim-pokrovsk-shells', 'p9'],
        ['claim-shells-drop', 'p9'],
        ['claim-pokrovsk-over-a-year', 'p1'],
        ['claim-pokrovsk-a-year', 'p8']
      ]
    );
  });

  it('are exactly these context records', () => {
    expect(figures.losses.context.map((f) => f.id)).toEqual([
      'ctx-bakhmut-kirby',
      'ctx-bakhmut-kirby-killed',
      'ctx-bakhmut-western-official',
      'ctx-bakhmut-uk-osce',
      'ctx-bakhmut-nyt-anon',
      'ctx-bakhmut-prigozhin',
      'ctx-bakhmut-mediazona',
      'ctx-avdiivka-tarnavskyi',
      'ctx-avdiivka-wikipedia',
      'ctx-avdiivka-lykhovyi-killed',
      'ctx-avdiivka-murz',
      'ctx-avdiivka-zaluzhnyi',
      'ctx-avdiivka-shtupun',
      'ctx-pokrovsk-belskyi',
      'ctx-pokrovsk-sheremeta',
      'ctx-pokrovsk-syrskyi-jan',
      'ctx-pokrovsk-syrskyi-jan-killed',
      'ctx-pokrovsk-zelensky-oct',
      'ctx-pokrovsk-7th-corps'
    ]);
    expect(figures.shells.context.map((f) => f.id)).toEqual([
      'ctx-shells-2022-06-reznikov',
      'ctx-shells-2022-08-podolyak',
      'ctx-shells-2022-peak-us',
      'ctx-shells-2022-peak-ukraine',
      'ctx-shells-2023-01-us',
      'ctx-shells-2023-01-ukraine',
      'ctx-shells-2023-08-syrskyi',
      'ctx-shells-2023-10-syrskyi',
      'ctx-shells-2024-early-bi',
      'ctx-shells-2024-01-nv',
      'ctx-shells-2024-08-syrskyi',
      'ctx-shells-2025-syrskyi'
    ]);
  });

  it('derive the per-month rates shown as our reading, worked by hand', () => {
    // Bakhmut: 70,000 ÷ 9.6 ≈ 7,300, 100,000 ÷ 9.6 ≈ 10,400; Avdiivka: 40,000 ÷ 4.3 ≈ 9,400 …
    expect(figures.perMonth.map((f) => [f.battle, f.formula])).toEqual([
      [
        'pokrovsk',
        '~100,000 ÷ 15.4 months (17 Jul 2024 – 28 Oct 2025) to 21.5 months (17 Feb 2024 – 1 Dec 2025) = ~4,700–6,500 a month'
      ],
      ['bakhmut', '70,000–100,000 or more ÷ 9.6 months (1 Aug 2022 – 20 May 2023) = ~7,300–10,400 or more a month'],
      ['avdiivka', '~40,000–50,000 ÷ 4.3 months (10 Oct 2023 – 17 Feb 2024) = ~9,400–11,700 a month']
    ]);
  });

  it('are what the browser gets: the trusted copy equals the validated one', () => {
    expect(trustedFigures()).toEqual(figures);
  });

  it('keep the article’s three loss figures as written', () => {
    const byBattle = Object.fromEntries(figures.losses.claims.map((c) => [c.battle, c]));
    expect(byBattle.bakhmut).toMatchObject({ low: 70000, high: 100000, openHigh: true, definition: 'K+W' });
    expect(byBattle.avdiivka).toMatchObject({ low: 40000, high: 50000, approximate: true, definition: 'K+W' });
    expect(byBattle.pokrovsk).toMatchObject({
      low: 100000,
      high: 100000,
      approximate: true,
      definition: 'K+severely-W'
    });
  });

  it('match loss-estimates.csv row by row (estimator, numbers, source)', () => {
    const rows = readCsv('../../../data/raw/facts/loss-estimates.csv').filter(
      (r) => !r.estimator!.startsWith('The article')
    );
    expect(rows).toHaveLength(lossContext.length);
    rows.forEach((row, i) => {
      const record = lossContext[i]!;
      expect(record.kind === 'context' && record.citation.url, row.estimator).toBe(row.source);
      expect(record.low ?? null, row.estimator).toBe(row.low ? Number(row.low) : null);
      expect(record.high ?? (record.openHigh ? null : record.low), row.estimator).toBe(
        row.high ? Number(row.high) : null
      );
      // The CSV's partial rows must never become battle totals; we may be stricter than the CSV
      // (the anonymous NYT figure was assessed two months before Bakhmut ended).
      if (/only|partial/i.test(row.scope!)) expect(record.scope, `${row.estimator}: scope`).not.toBe('whole');
    });
  });

  it('match shells-per-day.csv (every CSV number appears in a record with the same source)', () => {
    const rows = readCsv('../../../data/raw/facts/shells-per-day.csv');
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
    expect(message).toContain('[0] (figure "claim-pokrovsk-losses") → paragraph: is missing');
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
