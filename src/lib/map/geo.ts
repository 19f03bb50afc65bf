import { geoDistance } from 'd3-geo';
import { COMPASS_POINTS } from '$content/map-copy';
import type { LngLat } from './camera';

/** Mean Earth radius (IUGG); the same constant as data/scripts/build-geo.mjs. */
export const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(a: LngLat, b: LngLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** Initial great-circle bearing, degrees clockwise from north. */
export function bearingDeg([lon1, lat1]: LngLat, [lon2, lat2]: LngLat): number {
  const r = Math.PI / 180;
  const y = Math.sin((lon2 - lon1) * r) * Math.cos(lat2 * r);
  const x =
    Math.cos(lat1 * r) * Math.sin(lat2 * r) - Math.sin(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r);
  return (Math.atan2(y, x) / r + 360) % 360;
}

export function compass(bearing: number): string {
  return COMPASS_POINTS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8]!;
}
