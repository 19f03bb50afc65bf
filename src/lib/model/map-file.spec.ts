import { describe, expect, it } from 'vitest';
import { loadContent } from '$content/load';
import { FRAME_IDS, frameFor, parseStaticMapFile, staticMapFile, type StaticMapState } from './map-file';

describe('static map file names', () => {
  it('round-trip every map state in the story, in every frame, image and label plan', () => {
    const maps = loadContent().story.steps.flatMap((s) => (s.panel.type === 'map' ? [s.panel] : []));
    expect(maps.length).toBeGreaterThan(0);
    for (const panel of maps) {
      for (const frame of FRAME_IDS) {
        const state: StaticMapState = { preset: panel.preset, layers: panel.layers, frame };
        expect(parseStaticMapFile(staticMapFile(state))).toEqual({ ...state, layers: [...panel.layers], kind: 'svg' });
        expect(parseStaticMapFile(staticMapFile(state, 'json'))).toEqual({
          ...state,
          layers: [...panel.layers],
          kind: 'json'
        });
      }
    }
  });

  it('keep the layer order, which decides what is drawn on top', () => {
    expect(staticMapFile({ preset: 'lithium', layers: ['cities', 'oblasts'], frame: 'phone' })).toBe(
      'lithium--cities_oblasts--phone.svg'
    );
  });

  it('pick the frame from the container width, as the image container queries do', () => {
    expect([320, 599, 600, 736, 1099, 1100, 1376].map(frameFor)).toEqual([
      'phone',
      'phone',
      'desktop',
      'desktop',
      'desktop',
      'wide',
      'wide'
    ]);
  });

  it.each([
    'lithium--oblasts--phone.json',
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
