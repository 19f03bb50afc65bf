import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { offsetExpression, type LabelProps } from './label-features';

const label = (key: string, offset: [number, number]) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [37.18, 48.28] },
  properties: {
    key,
    l1: key,
    l2: '',
    size: 14,
    color: '#222',
    spacing: 0,
    justify: 'left' as const,
    offset,
    priority: 1
  }
});
const collection = (...features: ReturnType<typeof label>[]): FeatureCollection<Point, LabelProps> => ({
  type: 'FeatureCollection',
  features
});

describe('offsetExpression', () => {
  it('gives each label its own offset as a literal, matched on its key (a property would reach MapLibre as a string)', () => {
    expect(offsetExpression(collection(label('pokrovsk', [1.2, -0.5]), label('myrnohrad', [-2, 0.75])))).toEqual([
      'match',
      ['get', 'key'],
      'pokrovsk',
      ['literal', [1.2, -0.5]],
      'myrnohrad',
      ['literal', [-2, 0.75]],
      ['literal', [0, 0]]
    ]);
  });

  it('keeps the first of a repeated key, since match rejects a repeated label', () => {
    expect(offsetExpression(collection(label('a', [1, 1]), label('a', [5, 5])))).toEqual([
      'match',
      ['get', 'key'],
      'a',
      ['literal', [1, 1]],
      ['literal', [0, 0]]
    ]);
  });

  it('is a constant when there are no labels (match needs at least one branch)', () => {
    expect(offsetExpression(collection())).toEqual(['literal', [0, 0]]);
  });
});
