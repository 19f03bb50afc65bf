import { geoMercator, type GeoProjection } from 'd3-geo';
import { TILE_SIZE, type Camera, type Size } from './camera';

/** A d3 projection that puts every point where MapLibre would draw it for the same camera
 * (bearing and pitch 0), so the static SVG and the GL canvas line up. */
export function projectionFor(camera: Camera, size: Size): GeoProjection {
  const { padding: p } = camera;
  return geoMercator()
    .scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
    .center(camera.center)
    .translate([p.left + (size.width - p.left - p.right) / 2, p.top + (size.height - p.top - p.bottom) / 2])
    .precision(0.2);
}
