import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { loadContent } from '$content/load';
import { MAP_PRESETS, type MapLayerId, type MapPresetId } from '$content/map-presets';
import { FRAME_IDS, PRINT_MAP_WIDTH, STATIC_FRAMES, type FrameId } from '../model/map-file';
import { textWidth } from '../model/text-metrics';
import { staticGeo } from './map-data';
import { drawn, planLabels, reservedAreas, type Box, type GeoProps, type LabelPlan } from './label-plan';
import { MARKS } from './marks';
import { overlaysFor } from './overlays';

const states = new Map<string, { id: string; preset: MapPresetId; layers: readonly MapLayerId[] }>();
for (const s of loadContent().story.steps) {
  if (s.panel.type === 'map')
    states.set(`${s.panel.preset}|${s.panel.layers.join()}`, {
      id: s.id,
      preset: s.panel.preset,
      layers: s.panel.layers
    });
}
const cases = [...states.values()].flatMap((s) => FRAME_IDS.map((frame) => ({ ...s, frame })));

// Independent of the planner's own helpers: plain interval tests on the boxes it returns.
const hit = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Overlapping pairs and labels outside the frame, as readable strings. */
export function problems(plan: LabelPlan): string[] {
  const out: string[] = [];
  const { width, height } = STATIC_FRAMES[plan.frame];
  plan.labels.forEach((a, i) => {
    if (a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.width > width || a.box.y + a.box.height > height)
      out.push(`${a.key} leaves the frame`);
    for (const b of plan.labels.slice(i + 1)) if (hit(a.box, b.box)) out.push(`${a.key} overlaps ${b.key}`);
    for (const r of reservedAreas(plan.frame)) if (hit(a.box, r)) out.push(`${a.key} under an overlay`);
  });
  return out;
}

/** The features a shown, non-label mark draws, by place/link ID: what a label may name. */
function drawnIds(preset: MapPresetId, layers: readonly MapLayerId[]): Set<string> {
  const ids = new Set<string>();
  for (const m of MARKS) {
    if (m.type === 'label' || !layers.includes(m.layer) || !['places', 'areas', 'links'].includes(m.source)) continue;
    for (const f of staticGeo[m.source].features as Feature<Geometry, GeoProps>[])
      if (drawn(preset, m, f)) ids.add(String(f.properties.id));
  }
  return ids;
}

describe.each(cases)('label plan: $id ($preset) in the $frame frame', ({ preset, layers, frame }) => {
  const plan = planLabels(staticGeo, preset, layers, frame as FrameId);

  it('labels every subject the state draws', () => {
    const shown = drawnIds(preset, layers);
    const subjects = MAP_PRESETS[preset].subjects.filter((s) => shown.has(s));
    expect(subjects.length).toBeGreaterThan(0);
    const labelled = new Set(plan.labels.map((l) => l.place));
    for (const s of subjects) expect(labelled.has(s), `${s} labelled`).toBe(true);
  });

  it('names only what a shown layer draws (no mine label without the mine)', () => {
    const shown = drawnIds(preset, layers);
    for (const l of plan.labels) {
      expect(layers, l.key).toContain(l.layer);
      if (l.mark.startsWith('regions') || l.mark.startsWith('countries') || l.mark.startsWith('seas')) continue;
      expect(shown.has(l.place), `${l.key}: its place or line is drawn`).toBe(true);
    }
  });

  it('has no two labels overlapping and none leaving the frame or under the overlays', () => {
    expect(problems(plan)).toEqual([]);
  });

  it('keeps labels off the scale bar and the locator inset', () => {
    const o = overlaysFor(preset, frame as FrameId, staticGeo.outline);
    for (const l of plan.labels)
      for (const b of [o.inset?.box, o.scaleBar?.box])
        if (b) expect(hit(l.box, b), `${l.key} under an overlay`).toBe(false);
  });

  it('draws a leader to every point label moved away from its point, clear of other labels', () => {
    for (const l of plan.labels) {
      const fit = MARKS.find((m) => m.id === l.mark)!.fit ?? 'point';
      if (fit !== 'point') continue;
      const nx = Math.min(Math.max(l.point[0], l.box.x), l.box.x + l.box.width);
      const ny = Math.min(Math.max(l.point[1], l.box.y), l.box.y + l.box.height);
      const gap = Math.hypot(nx - l.point[0], ny - l.point[1]);
      // The widest marker (a 9-px ring) and its 3-px gap, diagonals included, stay under 15 px.
      if (gap > 15) expect(l.leader, `${l.key} is ${gap.toFixed(0)} px from its point`).toBeDefined();
      if (!l.leader) continue;
      const [[x0, y0], [x1, y1]] = l.leader;
      expect(Math.hypot(x1 - nx, y1 - ny), `${l.key}: the leader reaches its label`).toBeLessThan(2.5);
      expect(Math.hypot(x0 - l.point[0], y0 - l.point[1]), `${l.key}: it starts at the point`).toBeLessThan(13);
      for (const o of plan.labels) {
        if (o === l) continue;
        for (let k = 0; k <= 20; k++) {
          const [x, y] = [x0 + ((x1 - x0) * k) / 20, y0 + ((y1 - y0) * k) / 20];
          const inBox = x > o.box.x && x < o.box.x + o.box.width && y > o.box.y && y < o.box.y + o.box.height;
          expect(inBox, `${l.key}'s leader crosses ${o.key}`).toBe(false);
        }
      }
    }
  });

  it('sizes each box to the measured text, not a character count', () => {
    for (const l of plan.labels) {
      const widest = Math.max(...l.lines.map((x) => textWidth(x.text, x.size, l.letterSpacing)));
      expect(l.box.width).toBeGreaterThanOrEqual(widest - 0.1);
      expect(l.box.width).toBeLessThanOrEqual(widest + 0.1);
    }
  });
});

describe('label plan', () => {
  it('labels the towns a close-up draws, Myrnohrad and Selydove included, on a phone', () => {
    const plan = planLabels(staticGeo, 'pokrovsk-closeup', ['oblasts', 'cities', 'pokrovsk-area', 'mine'], 'phone');
    const places = plan.labels.map((l) => l.place);
    for (const p of ['pokrovsk', 'myrnohrad', 'selydove', 'pokrovske-mine']) expect(places).toContain(p);
  });

  it('never labels the mine sites where the mine is not drawn', () => {
    for (const frame of FRAME_IDS) {
      const plan = planLabels(staticGeo, 'pokrovsk-closeup', ['oblasts', 'cities', 'pokrovsk-area'], frame);
      expect(plan.labels.filter((l) => l.place.startsWith('pokrovske-mine'))).toEqual([]);
    }
  });

  it('gives the battle towns their dates, each once', () => {
    const plan = planLabels(staticGeo, 'battles', ['oblasts', 'battle-cities', 'battle-links'], 'phone');
    const bakhmut = plan.labels.filter((l) => l.place === 'bakhmut');
    expect(bakhmut).toHaveLength(1);
    expect(bakhmut[0]!.lines.map((l) => l.text)).toEqual(['Bakhmut', 'Aug 2022 – May 2023']);
  });

  it('prints every label of the print frame at 8 pt or more (1 CSS px = 0.75 pt)', () => {
    const scale = PRINT_MAP_WIDTH / STATIC_FRAMES.print.width;
    for (const { preset, layers } of states.values()) {
      const plan = planLabels(staticGeo, preset, layers, 'print');
      for (const label of plan.labels)
        for (const line of label.lines)
          expect(line.size * scale * 0.75, `${label.key} ${line.text}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('catches a planted overlap', () => {
    const plan = planLabels(staticGeo, 'battles', ['oblasts', 'battle-cities', 'battle-links'], 'phone');
    const [a, b] = plan.labels;
    const planted = { ...plan, labels: [a!, { ...b!, box: { ...a!.box, x: a!.box.x + 3 } }] };
    expect(problems(planted)).toEqual([`${a!.key} overlaps ${b!.key}`]);
  });
});
