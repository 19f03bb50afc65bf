import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification
} from 'maplibre-gl'; // type-only: erased, adds no bytes to the page
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { MAP_PRESETS, type MapLayerId, type MapPresetId } from '$content/map-presets';
import { MAP_COLORS } from '../model/palette';
import { offsetExpression, type LabelProps } from './label-features';
import { LABEL_PADDING, LINE_HEIGHT, SECOND_LINE_SCALE } from './label-plan';
import type { LngLat } from './camera';
import { MARKS, SOURCE_IDS, TOWN_MARK_IDS, type Mark } from './marks';

export const FONT = 'Noto Sans Regular';

/** The marks the GL style draws as their own layers (labels come from the plan's one layer). */
export const GL_MARKS = MARKS.filter((m) => m.type !== 'label');

export interface StyleOptions {
  /** Same-origin folder that holds static/geo, e.g. `${base}/geo`. */
  geoBase: string;
  /** Absolute URL template of the pre-built glyph PBFs (static/glyphs), with MapLibre's literal
   * `{fontstack}` and `{range}` placeholders, e.g. `${location.origin}${base}/glyphs/{fontstack}/{range}.pbf`. */
  glyphs: string;
  layers: readonly MapLayerId[];
  preset: MapPresetId;
  /** The label plan's features (label-features.ts), already scaled; empty until it has loaded. */
  labels?: FeatureCollection<Point, LabelProps>;
}

/** The 256-code-point glyph ranges shipped in static/glyphs/<FONT>/ (built offline with fontnik
 * from Noto Sans Regular, see static/glyphs/README.md): Latin-1, Cyrillic, general punctuation. */
export const GLYPH_RANGES = ['0-255', '1024-1279', '8192-8447'] as const;

/** The one symbol layer: it draws the label plan, so MapLibre shows what the image shows. */
export const LABEL_LAYER_ID = 'plan-labels';
export const LABEL_SOURCE_ID = 'labels';

/** The mark's own filter; for town marks, the preset's `towns` (as label-plan.ts `drawn`); and for
 * point marks, given the box the image's frame shows (camera.ts `frameBounds`), only the points in
 * it: outside the frame the plan labels nothing, so a dot there would be a place without a name. */
export function filterOf(
  mark: Mark,
  preset?: MapPresetId,
  frame?: [LngLat, LngLat]
): ExpressionSpecification | undefined {
  const own: ExpressionSpecification | undefined = mark.match
    ? ['in', ['get', mark.match.prop], ['literal', mark.match.values]]
    : undefined;
  const towns = preset ? MAP_PRESETS[preset].towns : undefined;
  const limit: ExpressionSpecification | undefined =
    towns && TOWN_MARK_IDS.includes(mark.id) ? ['in', ['get', 'id'], ['literal', towns]] : undefined;
  const inFrame: ExpressionSpecification | undefined =
    frame && mark.type === 'circle' && mark.source === 'places' ? ['within', framePolygon(frame)] : undefined;
  const parts = ([own, limit, inFrame] as (ExpressionSpecification | undefined)[]).filter(
    (p): p is ExpressionSpecification => !!p
  );
  return parts.length > 1 ? ['all', ...parts] : parts[0];
}

function framePolygon([[w, s], [e, n]]: [LngLat, LngLat]): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s]
      ]
    ]
  };
}

/** Draws label-features.ts features: sizes, places (offset from the point), colours, order and
 * justification all come from the plan. MapLibre's collision pass is off (allow-overlap,
 * ignore-placement) so the live map shows exactly the plan's labels, which the image shows too;
 * the plan keeps them apart at each step's view. Zoomed out in the explore view they can meet;
 * symbol-sort-key keeps MapLibre's order the plan's. */
export function labelLayer(offset: ExpressionSpecification): SymbolLayerSpecification {
  return {
    id: LABEL_LAYER_ID,
    type: 'symbol',
    source: LABEL_SOURCE_ID,
    layout: {
      visibility: 'visible',
      'text-field': [
        'format',
        ['get', 'l1'],
        {},
        ['case', ['==', ['get', 'l2'], ''], '', '\n'],
        {},
        ['get', 'l2'],
        { 'font-scale': SECOND_LINE_SCALE }
      ],
      'text-font': [FONT],
      'text-size': ['get', 'size'],
      'text-line-height': LINE_HEIGHT,
      'text-anchor': 'center',
      // From the labels' data (label-features.ts offsetExpression): a property cannot carry it.
      'text-offset': offset,
      'text-justify': ['get', 'justify'],
      'text-letter-spacing': ['get', 'spacing'],
      'text-max-width': 100,
      'text-padding': LABEL_PADDING,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      'symbol-sort-key': ['get', 'priority']
    },
    paint: { 'text-color': ['get', 'color'], 'text-halo-color': MAP_COLORS.halo, 'text-halo-width': 1.6 }
  };
}

export function glLayer(mark: Mark, visible: boolean, preset?: MapPresetId): LayerSpecification {
  const filter = filterOf(mark, preset);
  const common = {
    id: mark.id,
    source: mark.source,
    ...(mark.minzoom !== undefined ? { minzoom: mark.minzoom } : {}),
    ...(filter ? { filter } : {})
  };
  const visibility = visible ? ('visible' as const) : ('none' as const);
  switch (mark.type) {
    case 'fill':
      return {
        ...common,
        type: 'fill',
        layout: { visibility },
        paint: { 'fill-color': mark.color, 'fill-opacity': mark.opacity ?? 1 }
      };
    case 'line':
      return {
        ...common,
        type: 'line',
        layout: { visibility, 'line-join': 'round' },
        paint: {
          'line-color': mark.color,
          'line-width': mark.width ?? 1,
          ...(mark.dash ? { 'line-dasharray': mark.dash } : {})
        }
      };
    case 'circle':
      return {
        ...common,
        type: 'circle',
        layout: { visibility },
        paint: {
          'circle-radius': mark.radius ?? 4,
          'circle-color': mark.color === 'transparent' ? 'rgba(0,0,0,0)' : mark.color,
          'circle-stroke-color': mark.stroke ?? mark.color,
          'circle-stroke-width': mark.stroke ? (mark.width ?? 1) : 0
        }
      };
    case 'label':
      throw new Error(`${mark.id}: labels are drawn from the label plan (labelLayer), not one layer per mark`);
  }
}

/** A fully local style: no tiles or sprite, glyphs from same-origin pre-built SDF PBFs, so labels
 * are not rasterised with TinySDF on the main thread (as `font-faces` would) while the reader scrolls. */
export function buildStyle(opts: StyleOptions): StyleSpecification {
  const labels: FeatureCollection<Point, LabelProps> = opts.labels ?? { type: 'FeatureCollection', features: [] };
  const sources = {
    ...Object.fromEntries(
      SOURCE_IDS.map((id) => [id, { type: 'geojson' as const, data: `${opts.geoBase}/${id}.geojson` }])
    ),
    [LABEL_SOURCE_ID]: { type: 'geojson' as const, data: labels }
  };
  return {
    version: 8,
    name: 'pokrovsk-local',
    glyphs: opts.glyphs,
    sources,
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.water } },
      ...GL_MARKS.map((m) => glLayer(m, opts.layers.includes(m.layer), opts.preset)),
      labelLayer(offsetExpression(labels))
    ]
  };
}
