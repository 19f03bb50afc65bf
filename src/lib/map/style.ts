import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification
} from 'maplibre-gl'; // type-only: erased, adds no bytes to the page
import type { MapLayerId } from '../../content/map-presets';
import { glTextAnchor } from './labels';
import { MARKS, PALETTE, SOURCE_IDS, type Mark } from './marks';

export const FONT = 'Noto Sans Regular';

export interface StyleOptions {
  /** Same-origin folder that holds static/geo, e.g. `${base}/geo`. */
  geoBase: string;
  fontUrls: { latin: string; cyrillic: string };
  layers: readonly MapLayerId[];
}

// Unicode ranges copied from @fontsource/noto-sans 400.css so each file covers what it holds.
const LATIN_RANGE = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+20AC', 'U+2212'];
const CYRILLIC_RANGE = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

function filterOf(mark: Mark): ExpressionSpecification | undefined {
  if (!mark.match) return undefined;
  return ['in', ['get', mark.match.prop], ['literal', mark.match.values]];
}

function textField(mark: Mark): ExpressionSpecification {
  const second = mark.text === 'name-dates' ? 'battle_dates' : 'name_uk';
  if (mark.text === 'km') return ['get', 'label'];
  if (mark.text === 'region') return ['upcase', ['get', 'name_en']];
  return ['format', ['get', 'name_en'], {}, '\n', {}, ['get', second], { 'font-scale': 0.82 }];
}

export function glLayer(mark: Mark, visible: boolean): LayerSpecification {
  const common = {
    id: mark.id,
    source: mark.source,
    ...(mark.minzoom !== undefined ? { minzoom: mark.minzoom } : {}),
    ...(filterOf(mark) ? { filter: filterOf(mark) } : {})
  };
  const visibility = visible ? ('visible' as const) : ('none' as const);
  switch (mark.type) {
    case 'fill':
      return { ...common, type: 'fill', layout: { visibility }, paint: { 'fill-color': mark.color, 'fill-opacity': mark.opacity ?? 1 } };
    case 'line':
      return {
        ...common,
        type: 'line',
        layout: { visibility, 'line-join': 'round' },
        paint: { 'line-color': mark.color, 'line-width': mark.width ?? 1, ...(mark.dash ? { 'line-dasharray': mark.dash } : {}) }
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
    case 'label': {
      const onLine = mark.source === 'links';
      const anchor: ExpressionSpecification = ['match', ['get', 'anchor'],
        'left', glTextAnchor('left'), 'right', glTextAnchor('right'), 'top', glTextAnchor('top'), 'bottom', glTextAnchor('bottom'), 'center'];
      return {
        ...common,
        type: 'symbol',
        layout: {
          visibility,
          'text-field': textField(mark),
          'text-font': [FONT],
          'text-size': mark.size ?? 12,
          ...(onLine
            ? { 'symbol-placement': 'line-center', 'text-rotation-alignment': 'viewport' }
            : mark.source === 'places'
              ? { 'text-anchor': anchor, 'text-radial-offset': 0.8, 'text-justify': 'auto' }
              : { 'text-letter-spacing': 0.08 })
        },
        paint: { 'text-color': mark.color, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.6 }
      };
    }
  }
}

/** A fully local style: no tiles, sprite or glyph server; labels are rasterised in the browser
 * from local woff2 files declared in `font-faces` (maplibre-gl 6). */
export function buildStyle(opts: StyleOptions): StyleSpecification {
  const sources = Object.fromEntries(
    SOURCE_IDS.map((id) => [id, { type: 'geojson' as const, data: `${opts.geoBase}/${id}.geojson` }])
  );
  return {
    version: 8,
    name: 'pokrovsk-local',
    'font-faces': {
      [FONT]: [
        { url: opts.fontUrls.latin, 'unicode-range': LATIN_RANGE },
        { url: opts.fontUrls.cyrillic, 'unicode-range': CYRILLIC_RANGE }
      ]
    },
    sources,
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': PALETTE.water } },
      ...MARKS.map((m) => glLayer(m, opts.layers.includes(m.layer)))
    ]
  };
}
