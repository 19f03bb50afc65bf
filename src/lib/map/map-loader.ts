// The GL map component (style, marks, camera, and through it maplibre) is a lazy chunk: pages
// show the prerendered image until a map step comes near.
import { lazyComponent } from '../lazy-component';
import type { MapLayerId, MapPresetId } from '../../content/map-presets';
import type { MapView } from './gl-loader';

export interface MapGLProps {
  preset: MapPresetId;
  layers: readonly MapLayerId[];
  active: boolean;
  exploring?: boolean;
  onview?: (view: MapView) => void;
}

export const mapGL = lazyComponent<MapGLProps>(() => import('./MapGL.svelte'));
