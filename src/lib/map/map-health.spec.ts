import { describe, expect, it } from 'vitest';
import { mapHealthWhenIdle, type MapProbe } from './map-health';

const healthy = (): MapProbe => ({
  errored: false,
  layers: ['a', 'b'],
  hasLayer: () => true,
  sources: ['places', 'areas'],
  sourceLoaded: () => true
});

describe('mapHealthWhenIdle', () => {
  it('is ready when every layer exists and every source loaded, with no error', () => {
    expect(mapHealthWhenIdle(healthy())).toBe('ready');
  });

  it('stays failed after an error, even when everything else looks loaded (idle fires after a source error)', () => {
    expect(mapHealthWhenIdle({ ...healthy(), errored: true })).toBe('failed');
  });

  it('fails on a missing layer', () => {
    expect(mapHealthWhenIdle({ ...healthy(), hasLayer: (id) => id !== 'b' })).toBe('failed');
  });

  it('fails on a source that did not load, or that the map does not have (MapLibre throws)', () => {
    expect(mapHealthWhenIdle({ ...healthy(), sourceLoaded: (id) => id !== 'places' })).toBe('failed');
    expect(
      mapHealthWhenIdle({
        ...healthy(),
        sourceLoaded: (id) => {
          if (id === 'areas') throw new Error('There is no source with ID');
          return true;
        }
      })
    ).toBe('failed');
  });
});
