import { describe, expect, it } from 'vitest';
import { MAP_LAYER_IDS } from '../../content/map-presets';
import { staticGeo } from './data';
import { MARKS } from './marks';
import { buildStyle } from './style';

const opts = { geoBase: '/base/geo', fontUrls: { latin: '/f/latin.woff2', cyrillic: '/f/cyr.woff2' } };

describe('buildStyle', () => {
  it('loads only same-origin files: no tiles, sprite or glyph server', () => {
    const style = buildStyle({ ...opts, layers: [] });
    const json = JSON.stringify(style);
    expect(json).not.toMatch(/https?:\/\//);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) expect((src as { data: string }).data).toMatch(/^\/base\/geo\/\w+\.geojson$/);
  });
  it('declares a Cyrillic font face so Ukrainian labels render', () => {
    const faces = buildStyle({ ...opts, layers: [] })['font-faces']!;
    const ranges = Object.values(faces).flatMap((f) => (Array.isArray(f) ? f.flatMap((x) => x['unicode-range'] ?? []) : []));
    expect(ranges).toContain('U+0400-045F');
  });
  it('shows exactly the style layers of the requested map layers', () => {
    const style = buildStyle({ ...opts, layers: ['mine'] });
    const visible = style.layers.filter((l) => l.type !== 'background' && l.layout?.visibility === 'visible').map((l) => l.id);
    expect(visible.sort()).toEqual(MARKS.filter((m) => m.layer === 'mine').map((m) => m.id).sort());
  });
});

describe('marks', () => {
  it('draw something for every map layer ID', () => {
    for (const id of MAP_LAYER_IDS) expect(MARKS.some((m) => m.layer === id), id).toBe(true);
  });
  it('match only IDs and roles that exist in the data', () => {
    for (const m of MARKS) {
      if (!m.match || (m.match.prop !== 'id' && m.match.prop !== 'role')) continue;
      const present = new Set(staticGeo[m.source].features.map((f) => f.properties[m.match!.prop]));
      for (const v of m.match.values) expect(present.has(v as string), `${m.id}: ${String(v)}`).toBe(true);
    }
  });
});
