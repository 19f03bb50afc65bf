// The GL map component (style, marks, camera, and through it maplibre) is a lazy chunk: pages
// show the prerendered image until a map step comes near.
import { lazyComponent } from '../lazy-component';
import type { MapLayerId, MapPresetId } from '$content/map-presets';
import type { MapView } from './maplibre-loader';
import type { FrameId } from '../model/map-file';

/** The GL map's props (MapGL.svelte), declared here so the panel can type the lazy component. */
export interface MapGLProps {
  preset: MapPresetId;
  layers: readonly MapLayerId[];
  exploring?: boolean;
  onview?: (view: MapView) => void;
  /** Hands the page the on-screen zoom controls once the map exists. */
  oncontrols?: (controls: MapControls) => void;
  /** One fixed frame (the presenter's slide frame), as the image beneath shows. */
  frame?: FrameId;
}

/** The explore view's on-screen zoom: one level in or out, or back to the step's own view. */
export interface MapControls {
  zoom: (change: 'in' | 'out' | 'reset') => void;
}

export const mapGL = lazyComponent<MapGLProps>(() => import('./MapGL.svelte'));
