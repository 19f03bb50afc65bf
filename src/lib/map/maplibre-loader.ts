// Loads maplibre-gl on demand: the import() calls keep it, its worker and CSS out of the
// initial bundle. Label glyphs are pre-built PBFs in static/glyphs (see style.ts).
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';

export interface MapView {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  center?: [number, number];
  zoom?: number;
  /** Keys of the plan labels MapLibre drew, once ready (queryRenderedFeatures after idle). */
  labels?: string[];
}

export type GLModule = typeof import('maplibre-gl');

/** True when the browser can make a WebGL context at all (maplibre needs WebGL2 in v6). */
export function webglAvailable(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

let loading: Promise<GLModule> | undefined;

export function loadMapLibre(): Promise<GLModule> {
  if (loading) return loading;
  loading = (async () => {
    const [mod, worker] = await Promise.all([
      import('maplibre-gl'),
      // maplibre 6 resolves its worker via import.meta.url, which Vite cannot see; point it at
      // the emitted file instead (https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/).
      import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
      import('maplibre-gl/dist/maplibre-gl.css')
    ]);
    mod.setWorkerUrl(worker.default);
    return mod;
  })();
  // A failed download (offline, a missing chunk) is forgotten, so the next try fetches again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export function createMap(gl: GLModule, options: MapOptions): MapLibreMap {
  return new gl.Map(options);
}

const HANDLERS = [
  'scrollZoom',
  'boxZoom',
  'dragRotate',
  'dragPan',
  'keyboard',
  'doubleClickZoom',
  'touchZoomRotate',
  'touchPitch'
] as const;

/** In the story the map must never capture wheel or touch; "Explore the map" turns these on. */
export function setInteractive(map: MapLibreMap, on: boolean): void {
  for (const name of HANDLERS) {
    if (on) map[name].enable();
    else map[name].disable();
  }
  map.getCanvas().tabIndex = on ? 0 : -1;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
