import type { MapLayerId } from '../../content/map-presets';
import type { MapFacts } from './data';
import { compass } from './geo';

const km = (n: number) => `${Math.round(n)} km`;

/** One line of context per layer, shown beside the map (GL and SVG alike). Figures come from
 * map-facts.json, computed by the geo script; nothing here is typed in. */
export function captionsFor(layers: readonly MapLayerId[], facts: MapFacts): string[] {
  const d = facts.distances;
  const b = facts.battles;
  const lines: Partial<Record<MapLayerId, string>> = {
    'battle-cities': `Battles: Bakhmut ${b.bakhmut.dates}; Avdiivka ${b.avdiivka.dates}; Pokrovsk ${b.pokrovsk.dates} (dates: Wikipedia, Reuters, Ukrinform, Euromaidan Press).`,
    'battle-links': `Straight-line distances: Bakhmut–Avdiivka ${km(d['bakhmut-avdiivka'].km)}, Avdiivka–Pokrovsk ${km(d['avdiivka-pokrovsk'].km)}.`,
    'pokrovsk-area': `Pokrovsk and Myrnohrad centres are ${km(d['pokrovsk-myrnohrad'].km)} apart.`,
    mine: `The Pokrovske coal mine, Ukraine’s only coking-coal producer, lies about ${km(d['pokrovsk-mine'].km)} ${compass(d['pokrovsk-mine'].bearing)} of Pokrovsk across several sites, drawn as areas because their positions are known only to ±3–5 km. Metinvest shut it on 14 January 2025; only Russian sources have claimed its capture.`,
    'lithium-deposit': `The Shevchenko lithium deposit lies ${km(d['pokrovsk-lithium'].km)} ${compass(d['pokrovsk-lithium'].bearing)} of Pokrovsk (position ±1.5 km).`,
    'decoy-shevchenko': `Not to be confused with the village of Shevchenko ${km(d['pokrovsk-decoy'].km)} from Pokrovsk, which some Russian outlets mixed up with the deposit.`
  };
  return layers.flatMap((l) => (lines[l] ? [lines[l]] : []));
}

export const ATTRIBUTION = '© Мінрегіон (CC BY-SA) · GeoNames (CC BY 4.0) · Natural Earth · Noto Sans (SIL OFL 1.1)';
export const FRONT_LINE_NOTE =
  'This map shows places, not the front line: no front-line data is openly licensed, and DeepState and ISW maps may not be redistributed.';
