import { describe, expect, it } from 'vitest';
import { chartData } from './chart-data';
import { contextMarks, rangeRows } from './ranges';
import { loadFigures } from '../model/load-figures';
import { rowScale, tickCount, timeScale } from './scales';

const { lossRows, lossMarks } = chartData;

describe('rows and marks from the records', () => {
  it('one row per battle in the order they happened; p12’s joint figure is not drawn', () => {
    expect(lossRows.map((r) => [r.battle, r.low, r.high, r.definition])).toEqual([
      ['bakhmut', 70000, 100000, 'killed and wounded'],
      ['avdiivka', 40000, 50000, 'killed and wounded'],
      ['pokrovsk', 100000, 100000, 'killed and severely wounded']
    ]);
  });
  it('context marks: shape by what is counted, hollow when partial, direction when open', () => {
    const mark = (id: string) => lossMarks.find((m) => m.id === id)!;
    expect(mark('ctx-bakhmut-kirby')).toMatchObject({
      shape: 'diamond',
      filled: false,
      direction: 'more',
      value: 100000
    });
    expect(mark('ctx-bakhmut-mediazona')).toMatchObject({ shape: 'triangle', filled: false, direction: 'exact' });
    expect(mark('ctx-avdiivka-tarnavskyi')).toMatchObject({ shape: 'diamond', filled: true });
    expect(mark('ctx-pokrovsk-belskyi')).toMatchObject({ direction: 'less', value: 60000, lowConfidence: true });
    expect(lossMarks).toHaveLength(loadFigures().losses.context.length);
  });
  it('skips records without a battle row or a number', () => {
    expect(rangeRows([])).toEqual([]);
    expect(contextMarks([])).toEqual([]);
  });
});

describe('scales', () => {
  it('place rows and dates', () => {
    const y = rowScale(['bakhmut', 'avdiivka'], [0, 200]);
    expect([y('bakhmut'), y('avdiivka')]).toEqual([0, 100]);
    const t = timeScale('2022-01-01', '2024-01-01', [0, 730]);
    expect(t(new Date('2023-01-01T00:00:00Z'))).toBeCloseTo(365, 0);
    expect(tickCount(320)).toBeLessThan(tickCount(1200));
  });
});
