import { describe, expect, it } from 'vitest';
import { extractNumbers, htmlToText, isFigure, untraced, type MapNumbers, type TraceSource } from './numbers';

const map: MapNumbers = { distances: new Set([44.9, 7.3]), precisions: new Set([1.5, 3, 5]) };
const sources: TraceSource[] = [
  { name: 'article p4', values: [70000, 100000, 40000, 50000] },
  { name: 'ctx-avdiivka-tarnavskyi', values: [47186] },
  { name: 'derived-bakhmut-per-month', values: [7368.4, 10526.3], rounded: true }
];
const page = (body: string) =>
  `<html><head><title>T</title><style>.a{width:100%}</style></head><body>${body}<script>var h=200000</script></body></html>`;

describe('htmlToText', () => {
  it('keeps what a reader meets (text, alt, aria-label), drops scripts, styles and code', () => {
    const text = htmlToText(
      page(
        '<p>One&nbsp;<b>two</b></p><img alt="Map of 45 km"><pre>width="100%"</pre><svg aria-label="Chart"><text>20k</text></svg>'
      )
    );
    expect(text).toContain('One two');
    expect(text).toContain('Map of 45 km');
    expect(text).toContain('20k');
    expect(text).not.toMatch(/100%|200000/);
  });
  it('drops printed web addresses, whose digits are not figures', () => {
    const text = htmlToText(
      page('<p>EA WorldView <span>&lt;https://eaworldview.com/?p=159211&gt;</span> said 5,000</p>')
    );
    expect(text).toContain('EA WorldView < > said 5,000');
    expect(text).not.toMatch(/159211/);
  });
});

describe('extractNumbers', () => {
  it('reads separators, k, thousand, ranges and percentages', () => {
    const values = (s: string) => extractNumbers(s).map((t) => t.values);
    expect(values('could exceed 70–100 thousand')).toEqual([[70000, 100000]]);
    expect(values('47,186 and 20k and 88%')).toEqual([[47186], [20000], [88]]);
    expect(values('from 2024-04')).toEqual([[2024]]);
    expect(extractNumbers('step 3 of 25').filter(isFigure)).toEqual([]);
  });
});

describe('untraced', () => {
  const misses = (body: string) => untraced('/', htmlToText(page(body)), sources, map);

  it('passes numbers that trace to a source, including a derived value shown rounded', () => {
    expect(
      misses('<p>The article gives 70,000–100,000; Tarnavskyi 47,186; our arithmetic ~7,400–10,500 a month.</p>')
    ).toEqual([]);
  });

  it('passes non-claims: years, dates, ¶ numbers, map distances, stated tolerances', () => {
    expect(
      misses('<p>From 1 August 2022 to 20 May 2023 (2022–2023), see ¶ 4; 45 km apart, ±1.5 km, 6–14 Aug 2024.</p>')
    ).toEqual([]);
  });

  it('fails on a planted number, naming page, number and the words around it', () => {
    expect(misses('<p>Ukraine says Russia lost 123,456 soldiers near Pokrovsk.</p>')).toEqual([
      { page: '/', number: '123,456', words: expect.stringContaining('Russia lost 123,456 soldiers near Pokrovsk') }
    ]);
    // A range must trace as a whole: both ends to one source.
    expect(misses('<p>between 47,186 and 100,000: 47,186–100,000</p>').map((m) => m.number)).toEqual([
      '47,186–100,000'
    ]);
    // A distance the geo script did not compute, a percentage nobody gave, a rounded non-derived figure.
    expect(misses('<p>12 km away; 88% of them; about 47,000 at Avdiivka</p>').map((m) => m.number)).toEqual([
      '88%',
      '47,000'
    ]);
  });
});
