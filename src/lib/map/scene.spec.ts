import { describe, expect, it } from 'vitest';
import { loadContent } from '$content/load';
import { staticGeo } from './map-data';
import { buildScene } from './scene';

const { story } = loadContent();
const mapSteps = story.steps.flatMap((s) => (s.panel.type === 'map' ? [{ id: s.id, panel: s.panel }] : []));
const FRAMES = ['phone', 'desktop', 'wide'] as const;

describe('static scene', () => {
  it('exists for the story map steps', () => expect(mapSteps.length).toBeGreaterThanOrEqual(5));

  describe.each(mapSteps)('step $id', ({ panel }) => {
    it.each(FRAMES)('draws geometry and keeps labels in the %s frame', (frame) => {
      const scene = buildScene(staticGeo, panel.preset, panel.layers, frame);
      const size = scene.size;
      expect(scene.paths.length).toBeGreaterThan(0);
      expect(scene.labels.length).toBeGreaterThan(0);
      for (const l of scene.labels) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.x).toBeLessThanOrEqual(size.width);
        expect(l.y).toBeGreaterThanOrEqual(0);
        expect(l.y).toBeLessThanOrEqual(size.height);
      }
    });
    // The plan labels only the frame; a town dot in the bleed, seen in a taller container, had no
    // name (Dobropillia above the phone close-up).
    it.each(FRAMES)('draws no point outside the %s frame, where nothing is labelled', (frame) => {
      const scene = buildScene(staticGeo, panel.preset, panel.layers, frame);
      const outside = scene.circles.filter(
        (c) => c.cx < 0 || c.cy < 0 || c.cx > scene.size.width || c.cy > scene.size.height
      );
      expect(outside.map((c) => c.key)).toEqual([]);
    });
  });

  it('labels the lithium deposit with its computed distance and draws its precision area', () => {
    const scene = buildScene(
      staticGeo,
      'lithium',
      ['oblasts', 'cities', 'lithium-deposit', 'decoy-shevchenko'],
      'desktop'
    );
    const texts = scene.labels.flatMap((l) => l.lines.map((x) => x.text));
    expect(texts).toContain('54 km');
    expect(texts).toContain('Shevchenko lithium deposit');
    expect(scene.paths.some((p) => p.key.startsWith('lithium-area-shevchenko'))).toBe(true);
  });

  it('labels each battle town once, with its dates', () => {
    const scene = buildScene(staticGeo, 'battles', ['oblasts', 'cities', 'battle-cities', 'battle-links'], 'desktop');
    const bakhmut = scene.labels.filter((l) => l.lines[0]!.text === 'Bakhmut');
    expect(bakhmut).toHaveLength(1);
    expect(bakhmut[0]!.lines[1]!.text).toBe('Aug 2022 – May 2023');
  });

  it('draws geometry past every frame edge, so a box of another shape shows map, not bands', () => {
    for (const frame of FRAMES) {
      const scene = buildScene(staticGeo, 'pokrovsk-closeup', ['oblasts'], frame);
      const xs = scene.paths.flatMap((p) =>
        [...p.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)
      );
      expect(Math.min(...xs.map((p) => p[0]))).toBeLessThan(-scene.size.width / 4);
      expect(Math.max(...xs.map((p) => p[0]))).toBeGreaterThan(scene.size.width * 1.25);
      expect(Math.min(...xs.map((p) => p[1]))).toBeLessThan(-scene.size.height / 4);
      expect(Math.max(...xs.map((p) => p[1]))).toBeGreaterThan(scene.size.height * 1.25);
    }
  });

  it('clips geometry near the frame so off-screen outlines do not bloat the SVG', () => {
    const close = buildScene(staticGeo, 'pokrovsk-closeup', ['oblasts'], 'desktop');
    const wide = buildScene(staticGeo, 'ukraine', ['oblasts'], 'desktop');
    const len = (s: typeof close) => s.paths.reduce((n, p) => n + p.d.length, 0);
    expect(len(close)).toBeLessThan(len(wide));
  });
});
