import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LngLat } from './camera';
import { mapFacts } from './map-data';
import { bearingDeg, compass, distanceKm } from './geo';

// Read the file the browser loads, not the build-time copy, so both are checked against each other.
const places = JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')) as {
  features: { properties: { id: string }; geometry: { coordinates: LngLat } }[];
};
const at = (id: string) => places.features.find((f) => f.properties.id === id)!.geometry.coordinates;

describe('distances', () => {
  it('puts the lithium deposit about 54 km south-west of Pokrovsk', () => {
    expect(distanceKm(at('pokrovsk'), at('shevchenko-lithium-deposit'))).toBeGreaterThan(51);
    expect(distanceKm(at('pokrovsk'), at('shevchenko-lithium-deposit'))).toBeLessThan(57);
    expect(compass(bearingDeg(at('pokrovsk'), at('shevchenko-lithium-deposit')))).toBe('south-west');
  });
  it('puts the mine about 10 km west of Pokrovsk and the decoy village about 7 km away', () => {
    expect(distanceKm(at('pokrovsk'), at('pokrovske-mine'))).toBeCloseTo(10.3, 0);
    expect(compass(bearingDeg(at('pokrovsk'), at('pokrovske-mine')))).toBe('west');
    expect(distanceKm(at('pokrovsk'), at('shevchenko-decoy'))).toBeCloseTo(7.3, 0);
  });
  it('matches every figure in map-facts.json (computed by the script, not typed in)', () => {
    for (const [key, d] of Object.entries(mapFacts.distances)) {
      expect(d.km, key).toBeCloseTo(distanceKm(at(d.from), at(d.to)), 1);
      expect(d.bearing, key).toBe(Math.round(bearingDeg(at(d.from), at(d.to))));
    }
  });
  it('is zero for a point and symmetric', () => {
    expect(distanceKm(at('bakhmut'), at('bakhmut'))).toBe(0);
    expect(distanceKm(at('bakhmut'), at('avdiivka'))).toBeCloseTo(distanceKm(at('avdiivka'), at('bakhmut')), 9);
  });
});

describe('compass', () => {
  it('names the eight directions', () => {
    expect([0, 44, 46, 90, 180, 225, 270, 359].map(compass)).toEqual([
      'north',
      'north-east',
      'north-east',
      'east',
      'south',
      'south-west',
      'west',
      'north'
    ]);
  });
});
