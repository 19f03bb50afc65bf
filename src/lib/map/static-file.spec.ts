import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/load';
import { parseStaticMapFile, staticMapFile, type StaticMapState } from './static-file';

describe('static map file names', () => {
  it('round-trip every map state in the story, in both frames', () => {
    const maps = loadContent().story.steps.flatMap((s) => (s.panel.type === 'map' ? [s.panel] : []));
    expect(maps.length).toBeGreaterThan(0);
    for (const panel of maps) {
      for (const frame of ['phone', 'desktop'] as const) {
        const state: StaticMapState = { preset: panel.preset, layers: panel.layers, frame };
        expect(parseStaticMapFile(staticMapFile(state))).toEqual({ ...state, layers: [...panel.layers] });
      }
    }
  });

  it('keep the layer order, which decides what is drawn on top', () => {
    expect(staticMapFile({ preset: 'lithium', layers: ['cities', 'oblasts'], frame: 'phone' })).toBe('lithium--cities_oblasts--phone.svg');
  });

  it.each([
    'lithium--oblasts--tablet.svg',
    'atlantis--oblasts--phone.svg',
    'lithium--oblasts_front-line--phone.svg',
    'lithium--oblasts--phone.svg.html',
    '../lithium--oblasts--phone.svg',
    'lithium--<script>--phone.svg',
    ''
  ])('reject %j', (file) => {
    expect(parseStaticMapFile(file)).toBeUndefined();
  });
});
