// A label plan as the GeoJSON the live map's one symbol layer draws (style.ts `labels`), so the
// GL map shows the same labels, sizes and places as the prerendered image of the same frame.
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FrameId } from '../model/map-file';
import type { LabelPlan, PlannedLabel } from './label-plan';

export interface LabelProps {
  key: string;
  /** First line, and the optional smaller second line. */
  l1: string;
  l2: string;
  /** First line's size in frame px (the live map multiplies by its scale). */
  size: number;
  color: string;
  spacing: number;
  justify: PlannedLabel['justify'];
  /** Block centre minus point, in em of `size` (MapLibre's text-offset with text-anchor center). */
  offset: [number, number];
  priority: number;
}
export interface GlLabels {
  frame: FrameId;
  collection: FeatureCollection<Point, LabelProps>;
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

export function glLabels(plan: LabelPlan): GlLabels {
  return {
    frame: plan.frame,
    collection: {
      type: 'FeatureCollection',
      features: plan.labels.map((l) => {
        const size = l.lines[0]!.size;
        const cx = l.box.x + l.box.width / 2 - l.point[0];
        const cy = l.box.y + l.box.height / 2 - l.point[1];
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: l.lngLat },
          properties: {
            key: l.key,
            l1: l.lines[0]!.text,
            l2: l.lines[1]?.text ?? '',
            size,
            color: l.color,
            spacing: l.letterSpacing,
            justify: l.justify,
            offset: [r3(cx / size), r3(cy / size)],
            priority: l.priority
          }
        };
      })
    }
  };
}

/** The features at another scale: the live map draws the frame `scale` times larger. */
export function scaled(labels: GlLabels, scale: number): FeatureCollection<Point, LabelProps> {
  return {
    ...labels.collection,
    features: labels.collection.features.map((f) => ({
      ...f,
      properties: { ...f.properties, size: Math.round(f.properties.size * scale * 100) / 100 }
    }))
  };
}

/**
 * The layer's `text-offset` for these features. MapLibre hands a GeoJSON feature's array
 * properties to expressions as JSON strings, so `['get', 'offset']` is not an array and every
 * label fell back to offset 0,0, centred on its point instead of beside it. The offsets go in the
 * expression instead, as literals matched on each label's key (the first of a repeated key wins).
 */
export function offsetExpression(collection: FeatureCollection<Point, LabelProps>): ExpressionSpecification {
  const seen = new Set<string>();
  const branches: (string | ExpressionSpecification)[] = [];
  for (const { properties } of collection.features) {
    if (seen.has(properties.key)) continue;
    seen.add(properties.key);
    branches.push(properties.key, ['literal', properties.offset]);
  }
  const none: ExpressionSpecification = ['literal', [0, 0]];
  // The spec's tuple type cannot say "any number of key, value pairs"; the shape is checked in the spec file.
  return branches.length ? (['match', ['get', 'key'], ...branches, none] as unknown as ExpressionSpecification) : none;
}
