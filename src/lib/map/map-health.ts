// When the live map may replace the static image: only once it has drawn everything it was
// given. MapLibre fires `idle` even after a source failed to load or parse (a 404, a truncated
// or corrupt GeoJSON) or a layer failed to be added, so `idle` alone would put an empty map over
// a good picture. One error is enough to keep the picture for the rest of the page's life.

export interface MapProbe {
  /** An `error` event (source, style, layer or WebGL) has fired at some point. */
  errored: boolean;
  /** Layer IDs the style should hold; each must exist on the map. */
  layers: readonly string[];
  hasLayer: (id: string) => boolean;
  /** Source IDs the style should hold; each must have loaded its data. */
  sources: readonly string[];
  sourceLoaded: (id: string) => boolean;
}

export type MapHealth = 'ready' | 'failed';

export function mapHealthWhenIdle(probe: MapProbe): MapHealth {
  if (probe.errored) return 'failed';
  if (!probe.layers.every((id) => probe.hasLayer(id))) return 'failed';
  const loaded = (id: string) => {
    try {
      return probe.sourceLoaded(id);
    } catch {
      // MapLibre throws for a source it does not have: as broken as one that did not load.
      return false;
    }
  };
  return probe.sources.every(loaded) ? 'ready' : 'failed';
}
