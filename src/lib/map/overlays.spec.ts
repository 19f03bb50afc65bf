import { describe, expect, it } from 'vitest';
import { geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { loadContent } from '$content/load';
import { MAP_PRESETS, type MapLayerId, type MapPresetId } from '$content/map-presets';
import { FRAME_IDS, FRAME_LAYOUT, STATIC_FRAMES } from '../model/map-file';
import { cameraFor } from './camera';
import { legendFor, BASE_MARKS, LEGEND_SYMBOLS } from './legend';
import { staticGeo } from './map-data';
import { overlaysFor } from './overlays';
import { projectionFor } from './projection';
import { buildScene } from './scene';

const states = new Map<string, { preset: MapPresetId; layers: readonly MapLayerId[] }>();
for (const s of loadContent().story.steps)
  if (s.panel.type === 'map')
    states.set(`${s.panel.preset}|${s.panel.layers.join()}`, { preset: s.panel.preset, layers: s.panel.layers });
const closeups = (Object.keys(MAP_PRESETS) as MapPresetId[]).filter((id) => MAP_PRESETS[id].kind === 'closeup');
const cases = closeups.flatMap((preset) => FRAME_IDS.map((frame) => ({ preset, frame })));

// Independent of overlays.ts: d3-geo's inverse projection (projection.ts, as the SVG is drawn)
// and d3's great-circle distance on the mean Earth radius.
const R = 6371.0088;

describe('scale bar', () => {
  it.each(cases)('$preset at $frame: the bar is as long as its km on the projection', ({ preset, frame }) => {
    const size = STATIC_FRAMES[frame];
    const camera = cameraFor(MAP_PRESETS[preset], size, FRAME_LAYOUT[frame]);
    const bar = overlaysFor(preset, frame, staticGeo.outline).scaleBar!;
    expect(bar, 'a close-up has a scale bar').toBeDefined();
    const inv = projectionFor(camera, size).invert!;
    const km = geoDistance(inv([bar.x, bar.y])!, inv([bar.x + bar.px, bar.y])!) * R;
    expect(Math.abs(km - bar.km) / bar.km).toBeLessThan(0.01);
    expect(bar.label).toBe(`${bar.km} km`);
    // Long enough to read, short enough for a corner of the frame.
    expect(bar.px).toBeGreaterThan(25);
    expect(bar.px).toBeLessThan(size.width / 4);
  });
  it('the country locator has none', () => {
    for (const frame of FRAME_IDS) expect(overlaysFor('ukraine', frame, staticGeo.outline)).toEqual({});
  });
});

describe('locator inset', () => {
  it.each(cases)('$preset at $frame: the box holds the close-up centre, inside Ukraine', ({ preset, frame }) => {
    const inset = overlaysFor(preset, frame, staticGeo.outline).inset!;
    const { extent: e, box } = inset;
    // The close-up's own middle (its bounds' centre) placed with the inset's fit, recomputed here
    // from the locator bounds by plain Mercator.
    const [[w, s], [east, n]] = MAP_PRESETS[preset].bounds;
    const merc = ([lng, lat]: [number, number]) => [
      (lng + 180) / 360,
      0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)
    ];
    const [[ua0, ua1], [ua2, ua3]] = MAP_PRESETS.ukraine.bounds;
    const [x0, y0] = merc([ua0, ua3]);
    const [x1, y1] = merc([ua2, ua1]);
    const k = Math.min((box.width - 6) / (x1! - x0!), (box.height - 6) / (y1! - y0!));
    const [cx, cy] = merc([(w + east) / 2, (s + n) / 2]);
    const px = box.x + (box.width - (x1! - x0!) * k) / 2 + (cx! - x0!) * k;
    const py = box.y + (box.height - (y1! - y0!) * k) / 2 + (cy! - y0!) * k;
    expect(px).toBeGreaterThanOrEqual(e.x);
    expect(px).toBeLessThanOrEqual(e.x + e.width);
    expect(py).toBeGreaterThanOrEqual(e.y);
    expect(py).toBeLessThanOrEqual(e.y + e.height);
    // The extent box and the outline stay inside the inset.
    expect(e.x).toBeGreaterThanOrEqual(box.x);
    expect(e.y + e.height).toBeLessThanOrEqual(box.y + box.height);
    expect(inset.outline).toMatch(/^M[\d.]+,[\d.]+L/);
  });
});

describe('map key', () => {
  it.each([...states.values()])(
    '$preset ($layers): lists exactly the symbols the image draws',
    ({ preset, layers }) => {
      // What the static scene draws, at any frame, from its path and circle keys (`<mark>-<feature>`).
      const drawnMarks = new Set<string>();
      for (const frame of FRAME_IDS) {
        const scene = buildScene(staticGeo, preset, layers, frame);
        for (const item of [...scene.paths, ...scene.circles])
          drawnMarks.add(
            Object.values(LEGEND_SYMBOLS)
              .flat()
              .find((m) => item.key.startsWith(`${m}-`)) ?? item.key
          );
      }
      const symbols = legendFor(layers).map((e) => e.id);
      const keyed = new Set(symbols.flatMap((id) => LEGEND_SYMBOLS[id]));
      const unkeyed = [...drawnMarks].filter((m) => !keyed.has(m) && !BASE_MARKS.some((b) => m.startsWith(`${b}-`)));
      expect(unkeyed, 'drawn but not in the key').toEqual([]);
      for (const id of symbols)
        expect(
          LEGEND_SYMBOLS[id].some((m) => drawnMarks.has(m)),
          `${id} is in the key but not drawn`
        ).toBe(true);
    }
  );
});

describe('country names', () => {
  // Every neighbour that covers at least 3% of a frame is named in its plan (grid sampling with d3).
  it.each([...states.values()].flatMap((s) => FRAME_IDS.map((frame) => ({ ...s, frame }))))(
    '$preset at $frame',
    ({ preset, layers, frame }) => {
      const scene = buildScene(staticGeo, preset, layers, frame);
      const inv = projectionFor(scene.camera, scene.size).invert!;
      const { width, height } = scene.size;
      const counts = new Map<string, number>();
      const countries = (staticGeo.context.features as Feature<Geometry>[]).map((f) => ({ f, b: geoBounds(f) }));
      let total = 0;
      for (let x = 5; x < width; x += 24)
        for (let y = 5; y < height; y += 24) {
          total++;
          const ll = inv([x, y])!;
          for (const { f, b } of countries) {
            if (ll[0] < b[0][0] || ll[0] > b[1][0] || ll[1] < b[0][1] || ll[1] > b[1][1]) continue;
            if (geoContains(f, ll))
              counts.set(String(f.properties!.id), (counts.get(String(f.properties!.id)) ?? 0) + 1);
          }
        }
      const big = [...counts].filter(([, n]) => n / total >= 0.03).map(([id]) => id);
      const named = scene.plan!.labels.filter((l) => l.mark === 'countries-label').map((l) => l.place);
      for (const id of big) expect(named, `${id} covers part of the frame`).toContain(id);
    },
    30_000
  );
});
