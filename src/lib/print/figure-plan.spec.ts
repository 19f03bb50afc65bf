import { describe, expect, it } from 'vitest';
import type { Panel } from '$content/schema';
import { planContext, planFigures } from './figure-plan';

const chart = (chart: string, highlight?: string) => ({
  panel: { type: 'chart', chart, highlight, alt: '' } as unknown as Panel
});
const map = (preset: string, layers: string[]) => ({
  panel: { type: 'map', preset, layers, alt: '' } as unknown as Panel
});
const quote = { panel: { type: 'quote', quotes: [], alt: '' } as unknown as Panel };

describe('planFigures', () => {
  it('numbers each chart and map picture once, where it first appears, and refers back after', () => {
    const slots = planFigures([
      quote,
      map('battles', ['oblasts']),
      chart('losses', 'pokrovsk'),
      chart('losses', 'bakhmut'),
      map('battles', ['oblasts']),
      map('battles', ['oblasts', 'mine']),
      chart('shells')
    ]);
    expect(slots).toEqual([
      { kind: 'none' },
      { kind: 'figure', n: 1 },
      { kind: 'figure', n: 2 },
      { kind: 'see', n: 2, step: 2 },
      { kind: 'see', n: 1, step: 1 },
      { kind: 'figure', n: 3 },
      { kind: 'figure', n: 4 }
    ]);
  });
});

describe('planContext', () => {
  it('prints each note at the first step that cites it and refers back after', () => {
    expect(
      planContext([{ context: ['a', 'b'] }, { context: [] }, { context: ['b', 'c'] }, { context: ['a'] }])
    ).toEqual([[{ id: 'a' }, { id: 'b' }], [], [{ id: 'b', seeStep: 0 }, { id: 'c' }], [{ id: 'a', seeStep: 0 }]]);
  });
});
