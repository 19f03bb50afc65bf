// The map's words beside the image: one context line per layer, the attribution and the front-line
// note. The numbers in them are computed (distances and bearings from map-facts.json, battle spans
// and sources from data/figures/battles.ts), so the lines are templates: src/lib/map/captions.ts
// fills them in. Reader-visible copy: edit here.
/** A distance as a caption says it; `km` is already rounded. */
export const mapDistance = (km: number): string => `${km} km`;

/** Bearings as captions say them, clockwise from north in 45° steps. */
export const COMPASS_POINTS = [
  'north',
  'north-east',
  'east',
  'south-east',
  'south',
  'south-west',
  'west',
  'north-west'
] as const;

export interface BattleCaptionValues {
  /** Each battle's span, e.g. "Aug 2022 – May 2023". */
  bakhmut: string;
  avdiivka: string;
  pokrovsk: string;
  /** The publishers the battle dates come from, joined. */
  sources: string;
}

/** A distance (from `mapDistance`) and its compass point (from `COMPASS_POINTS`). */
export interface Heading {
  distance: string;
  direction: string;
}

/** Keyed by layer (MapLayerId in map-presets.ts; captions.ts checks the keys). */
export interface MapCaptionCopy {
  'battle-cities': (v: BattleCaptionValues) => string;
  'battle-links': (v: { bakhmutAvdiivka: string; avdiivkaPokrovsk: string }) => string;
  'pokrovsk-area': (distance: string) => string;
  mine: (v: Heading) => string;
  'lithium-deposit': (v: Heading) => string;
  'decoy-shevchenko': (distance: string) => string;
}

/** One line of context per layer that has one (the other layers speak through the key). */
export const MAP_CAPTIONS: MapCaptionCopy = {
  'battle-cities': (v) =>
    `Battles: Bakhmut ${v.bakhmut}; Avdiivka ${v.avdiivka}; Pokrovsk ${v.pokrovsk} (dates: ${v.sources}).`,
  'battle-links': (v) =>
    `Straight-line distances: Bakhmut–Avdiivka ${v.bakhmutAvdiivka}, Avdiivka–Pokrovsk ${v.avdiivkaPokrovsk}.`,
  'pokrovsk-area': (distance) => `Pokrovsk and Myrnohrad centres are ${distance} apart.`,
  mine: (v) =>
    `The Pokrovske coal mine, Ukraine’s only coking-coal producer, lies about ${v.distance} ${v.direction} of Pokrovsk across several sites, drawn as areas because their positions are known only to ±3–5 km. Metinvest shut it on 14 January 2025. Russian officials claimed its capture in September–October 2025, and a Ukrainian unit said in about late October 2025 that one of its two complexes had been under occupation for almost a year; we found no independent confirmation in material up to July 2026.`,
  'lithium-deposit': (v) =>
    `The Shevchenko lithium deposit lies ${v.distance} ${v.direction} of Pokrovsk (position ±1.5 km).`,
  'decoy-shevchenko': (distance) =>
    `Not to be confused with the village of Shevchenko ${distance} from Pokrovsk, which some Russian outlets mixed up with the deposit.`
};

/** Under every map, and in the live map's attribution control. */
export const MAP_ATTRIBUTION =
  '© Мінрегіон (CC BY-SA) · GeoNames (CC BY 4.0) · Natural Earth · Noto Sans (SIL OFL 1.1)';

export const FRONT_LINE_NOTE =
  'This map shows places, not the front line: we found no front-line data we could verify as openly licensed.';
