import type { MapLayerId } from '$content/map-presets';
import { MAP_CAPTIONS, mapDistance } from '$content/map-copy';
import type { MapFacts } from './map-data';
import { BATTLE_SOURCES, BATTLE_SPANS } from '../model/battle-dates';
import { compass } from './geo';

const km = (n: number) => mapDistance(Math.round(n));

/** One line of context per layer, shown beside the map (GL and SVG alike). Distances come from
 * map-facts.json, computed by the geo script, and dates from the battle records; the words are
 * in src/content/map-copy.ts, and no number in them is typed in. */
export function captionsFor(layers: readonly MapLayerId[], facts: MapFacts): string[] {
  const d = facts.distances;
  const b = BATTLE_SPANS;
  const c = MAP_CAPTIONS;
  const heading = (key: 'pokrovsk-mine' | 'pokrovsk-lithium') => ({
    distance: km(d[key].km),
    direction: compass(d[key].bearing)
  });
  const lines: Partial<Record<MapLayerId, string>> = {
    'battle-cities': c['battle-cities']({
      bakhmut: b.bakhmut,
      avdiivka: b.avdiivka,
      pokrovsk: b.pokrovsk,
      sources: BATTLE_SOURCES
    }),
    'battle-links': c['battle-links']({
      bakhmutAvdiivka: km(d['bakhmut-avdiivka'].km),
      avdiivkaPokrovsk: km(d['avdiivka-pokrovsk'].km)
    }),
    'pokrovsk-area': c['pokrovsk-area'](km(d['pokrovsk-myrnohrad'].km)),
    mine: c.mine(heading('pokrovsk-mine')),
    'lithium-deposit': c['lithium-deposit'](heading('pokrovsk-lithium')),
    'decoy-shevchenko': c['decoy-shevchenko'](km(d['pokrovsk-decoy'].km))
  };
  return layers.flatMap((l) => (lines[l] ? [lines[l]] : []));
}
