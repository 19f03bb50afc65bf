import { describe, expect, it } from 'vitest';
import { figures } from './chart-data';
import { rangeLayout, niceTop, OPEN_END_SHARE } from './range-layout';
import { contextMarks, rangeRows } from './ranges';
import { textWidth } from './text-metrics';
import { TYPE } from './layout';

const rows = rangeRows(figures.losses.claims);
const marks = contextMarks(figures.losses.context);

describe('niceTop', () => {
  it('rounds up to a 1-2-5 step', () => {
    expect(niceTop(112000)).toBe(120000);
    expect(niceTop(100000)).toBe(100000);
    expect(niceTop(4300)).toBe(5000);
    expect(niceTop(0)).toBe(1);
  });
});

describe('rangeLayout', () => {
  for (const width of [300, 640, 1000]) {
    it(`keeps every value label and estimate label inside a ${width} px drawing`, () => {
      const layout = rangeLayout(rows, marks, width);
      // From zero past the "could exceed" arrow (Bakhmut 100,000 + 12 %).
      expect(layout.x.top).toBeGreaterThanOrEqual(100000 * (1 + OPEN_END_SHARE));
      for (const { label } of layout.rows) {
        const w = textWidth(label.text, TYPE.label);
        const [x0, x1] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(x1).toBeLessThanOrEqual(width);
      }
      for (const { label, x } of layout.lines) {
        const w = Math.max(...label.lines.map((l) => textWidth(l, TYPE.source)));
        const [x0, x1] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
        expect(x0, label.lines.join(' / ')).toBeGreaterThanOrEqual(0);
        expect(x1, label.lines.join(' / ')).toBeLessThanOrEqual(width);
        // The label is beside its mark, never on it.
        expect(x >= x1 || x <= x0).toBe(true);
      }
    });
  }

  it('gives each estimate its own line, each labelled with its short source and date', () => {
    const layout = rangeLayout(rows, marks, 640);
    const drawn = marks.filter((m) => rows.some((r) => r.battle === m.battle));
    expect(layout.lines).toHaveLength(drawn.length);
    expect(new Set(layout.lines.map((l) => l.y)).size).toBe(drawn.length);
    const kirby = layout.lines.find((l) => l.mark.id === 'ctx-bakhmut-kirby')!;
    expect(kirby.label.lines.join(' ')).toContain('Kirby');
    expect(kirby.label.lines.join(' ')).toContain('May 2023');
  });

  it('draws a value past the axis at its edge, marked off scale with its value', () => {
    const big = { ...marks[0]!, id: 'planted-big', value: 500000, amount: '500,000' };
    const layout = rangeLayout(rows, [big], 640);
    const line = layout.lines[0]!;
    expect(line.offScale).toBe(true);
    expect(line.x).toBeCloseTo(layout.x(layout.x.top));
    expect(line.label.lines.join(' ')).toContain('500,000, off scale');
  });

  it('puts a value at the end of its bar when there is room', () => {
    const layout = rangeLayout(rows, [], 1000);
    const avdiivka = layout.rows.find((r) => r.row.battle === 'avdiivka')!;
    expect(avdiivka.label.anchor).toBe('start');
    expect(avdiivka.label.x).toBeGreaterThan(layout.x(50000));
    // Past the dotted "about" end (4 % of the axis) and a small gap, no further.
    expect(avdiivka.label.x - layout.x(50000)).toBeLessThan((layout.x.end - layout.x.left) * 0.04 + 12);
  });
});

describe('rangeLayout, dense (a short stage)', () => {
  for (const width of [343, 608, 812]) {
    it(`keeps marks and numbers of one lane apart at ${width} px, and is shorter than compact`, () => {
      const dense = rangeLayout(rows, marks, width, '', { dense: true });
      expect(dense.height).toBeLessThan(rangeLayout(rows, marks, width, '', { compact: true }).height);
      // Each mark with its number, as drawn: [left, right] on its lane's line.
      const spans = dense.lines.map((l) => {
        const w = textWidth(l.label.lines[0]!, TYPE.source);
        const [a, b] = l.label.anchor === 'start' ? [l.x - 7, l.label.x + w] : [l.label.x - w, l.x + 7];
        return { y: l.y, a, b, id: l.mark.id };
      });
      for (const s of spans) expect(s.a, s.id).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < spans.length; i++)
        for (let j = i + 1; j < spans.length; j++) {
          const [p, q] = [spans[i]!, spans[j]!];
          if (Math.abs(p.y - q.y) < 1) expect(p.b <= q.a || q.b <= p.a, `${p.id} and ${q.id}`).toBe(true);
        }
    });
  }
});
