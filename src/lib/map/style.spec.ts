import { describe, expect, it } from 'vitest';
import { MAP_LAYER_IDS, type MapLayerId } from '$content/map-presets';
import { staticGeo } from './map-data';
import { MARKS } from './marks';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BATTLE_SPANS } from '../model/battle-dates';
import { buildStyle, filterOf, FONT, GLYPH_RANGES } from './style';

const opts = { geoBase: '/base/geo', glyphs: '/base/glyphs/{fontstack}/{range}.pbf', preset: 'lithium' as const };

describe('buildStyle', () => {
  it('loads only same-origin files: no tiles, sprite or glyph server', () => {
    const style = buildStyle({ ...opts, layers: [] });
    const json = JSON.stringify(style);
    expect(json).not.toMatch(/https?:\/\//);
    expect(style.glyphs).toBe(opts.glyphs);
    expect(style.sprite).toBeUndefined();
    for (const [id, src] of Object.entries(style.sources)) {
      const data = (src as { data: unknown }).data;
      if (id === 'labels') expect(data).toEqual({ type: 'FeatureCollection', features: [] });
      else expect(data).toMatch(/^\/base\/geo\/\w+\.geojson$/);
    }
  });
  it('ships a glyph PBF for every character a label can show', () => {
    const dir = join(process.cwd(), 'static/glyphs', FONT);
    const shipped = readdirSync(dir)
      .filter((f) => f.endsWith('.pbf'))
      .map((f) => f.replace(/\.pbf$/, ''));
    expect(shipped.sort()).toEqual([...GLYPH_RANGES].sort());
    const ranges = shipped.map((r) => r.split('-').map(Number) as [number, number]);
    const geoDir = join(process.cwd(), 'static/geo');
    const texts = readdirSync(geoDir).flatMap((file) =>
      (
        JSON.parse(readFileSync(join(geoDir, file), 'utf8')).features as { properties: Record<string, unknown> }[]
      ).flatMap((f) =>
        Object.entries(f.properties ?? {})
          .filter(([k, v]) => (k.startsWith('name') || k === 'label') && typeof v === 'string')
          .map(([, v]) => v as string)
      )
    );
    // Battle-town labels add their dates (digits, an en dash); upper-cased region names too.
    const all = [...texts, ...texts.map((t) => t.toUpperCase()), ...Object.values(BATTLE_SPANS)].join('');
    const missing = [...new Set(all)].filter(
      (ch) => !ranges.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b)
    );
    expect(missing, 'characters with no shipped glyph range').toEqual([]);
  });
  // Typed out from the map steps of story.ts: which style layers each set of map layers turns on,
  // in drawing order (later draws on top), so a mark that goes missing or moves shows up here.
  // Labels are one layer drawn from the label plan (label-plan.spec.ts checks what it names).
  it('shows exactly the style layers of the requested map layers, in drawing order', () => {
    const visible = (layers: MapLayerId[]) =>
      buildStyle({ ...opts, layers })
        .layers.filter((l) => l.type !== 'background' && l.layout?.visibility === 'visible')
        .map((l) => l.id);
    expect(visible([])).toEqual(['plan-labels']);
    expect(visible(['mine'])).toEqual(['mine-area', 'mine-area-line', 'plan-labels']);
    expect(visible(['oblasts', 'battle-cities', 'battle-links'])).toEqual([
      'context-fill',
      'outline-fill',
      'donetsk-fill',
      'oblasts-line',
      'outline-line',
      'battle-links-line',
      'battle-dot',
      'plan-labels'
    ]);
    expect(visible(['oblasts', 'cities', 'lithium-deposit', 'decoy-shevchenko'])).toEqual([
      'context-fill',
      'outline-fill',
      'donetsk-fill',
      'oblasts-line',
      'outline-line',
      'lithium-area',
      'lithium-area-line',
      'lithium-link-line',
      'decoy-link-line',
      'cities-dot',
      'decoy-dot',
      'lithium-dot',
      'plan-labels'
    ]);
  });
});

describe('marks', () => {
  it('label towns by kind: the town layers never label the mine, deposit or decoy points', () => {
    const towns = staticGeo.places.features.filter((f) => f.properties.role === 'town').map((f) => f.properties.id);
    for (const id of ['cities-label', 'cities-label-minor']) {
      const mark = MARKS.find((m) => m.id === id)!;
      const labelled = staticGeo.places.features.filter((f) =>
        mark.match!.values.includes(f.properties[mark.match!.prop] as string)
      );
      expect(labelled.length).toBeGreaterThan(0);
      for (const f of labelled) expect(towns, `${id}: ${String(f.properties.id)}`).toContain(f.properties.id);
    }
  });
  it('draw something for every map layer ID', () => {
    for (const id of MAP_LAYER_IDS)
      expect(
        MARKS.some((m) => m.layer === id),
        id
      ).toBe(true);
  });
  it('match only IDs and roles that exist in the data', () => {
    for (const m of MARKS) {
      if (!m.match || m.match.prop === 'highlight') continue;
      const present = new Set(staticGeo[m.source].features.map((f) => f.properties[m.match!.prop]));
      for (const v of m.match.values) expect(present.has(v as string), `${m.id}: ${String(v)}`).toBe(true);
    }
  });
});

describe('filterOf with the frame box', () => {
  const box: [[number, number], [number, number]] = [
    [36.9, 48.1],
    [37.4, 48.5]
  ];
  const dot = MARKS.find((m) => m.id === 'cities-dot')!;
  const towns = ['in', ['get', 'role'], ['literal', ['town']]];
  it('keeps the town dots to the towns and to the box', () => {
    expect(filterOf(dot, 'lithium', box)).toEqual([
      'all',
      towns,
      [
        'within',
        {
          type: 'Polygon',
          coordinates: [
            [
              [36.9, 48.1],
              [37.4, 48.1],
              [37.4, 48.5],
              [36.9, 48.5],
              [36.9, 48.1]
            ]
          ]
        }
      ]
    ]);
  });
  it('leaves lines alone (the box is for points), and with no box adds nothing', () => {
    expect(
      filterOf(
        MARKS.find((m) => m.id === 'rivers-line')!,
        'lithium',
        box
      )
    ).toBeUndefined();
    expect(filterOf(dot, 'ukraine')).toEqual([
      'all',
      towns,
      ['in', ['get', 'id'], ['literal', ['pokrovsk', 'donetsk']]]
    ]);
  });
});
