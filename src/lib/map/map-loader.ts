// The GL map component (style, marks, camera, and through it maplibre) is a lazy chunk: pages
// show the prerendered image until a map step comes near. One promise, one download.
import type { Component } from 'svelte';
import type { MapLayerId, MapPresetId } from '../../content/map-presets';
import type { MapView } from './gl-loader';

export interface MapGLProps {
  preset: MapPresetId;
  layers: readonly MapLayerId[];
  active: boolean;
  exploring?: boolean;
  onview?: (view: MapView) => void;
}

let loading: Promise<Component<MapGLProps>> | undefined;

export function loadMapGL(): Promise<Component<MapGLProps>> {
  loading ??= import('./MapGL.svelte').then((m) => m.default);
  return loading;
}
