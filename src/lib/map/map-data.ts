// Build-time imports of what data/scripts/build-geo.mjs wrote. JSON module types are too loose
// to use directly, so they are narrowed here, once.
import factsJson from '../../../data/processed/map-facts.json';
import staticJson from '../../../data/processed/map-static.json';
import type { StaticGeo } from './scene';

export interface Distance {
  from: string;
  to: string;
  km: number;
  bearing: number;
}
export interface MapFacts {
  method: string;
  distances: Record<
    | 'bakhmut-avdiivka'
    | 'avdiivka-pokrovsk'
    | 'pokrovsk-myrnohrad'
    | 'pokrovsk-lithium'
    | 'pokrovsk-mine'
    | 'pokrovsk-decoy'
    | 'decoy-lithium',
    Distance
  >;
}

export const mapFacts: MapFacts = factsJson as MapFacts;
export const staticGeo: StaticGeo = staticJson as unknown as StaticGeo;
