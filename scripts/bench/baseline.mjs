// The performance baseline: the same article as a plain prerendered HTML page with no
// JavaScript and no panels, generated from data/processed/article.json. Our figures are
// reported as ratios to this page, so they mean something on a noisy machine.

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** @param {{ blocks: { id: string, type: string, text: string }[] }} article */
export function baselineHtml(article) {
  const body = article.blocks
    .map((block) => {
      const text = escapeHtml(block.text);
      switch (block.type) {
        case 'title':
          return `<h1 id="${block.id}">${text}</h1>`;
        case 'heading':
          return `<h2 id="${block.id}">${text}</h2>`;
        case 'list-item':
          return `<ul><li id="${block.id}">${text}</li></ul>`;
        default:
          return `<p id="${block.id}">${text}</p>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.blocks[0]?.text ?? 'Article')}</title>
<style>body{font:19px/1.6 Georgia,serif;max-width:66ch;margin:2rem auto;padding:0 1rem}</style>
</head><body><main>
${body}
</main></body></html>
`;
}

/**
 * The long-task anchor: a bare MapLibre map of the same GeoJSON files (fill, line and circle
 * layers, no labels, no story around it). maplibre-gl is served from `libBase`, the GeoJSON from
 * `geoBase`. Sets `window.__mapIdle` when the map first goes idle.
 * @param {{ sourceIds: readonly string[], libBase: string, geoBase: string, bounds: [number, number, number, number] }} opts
 */
export function baselineMapHtml({ sourceIds, libBase, geoBase, bounds }) {
  const sources = Object.fromEntries(
    sourceIds.map((id) => [id, { type: 'geojson', data: `${geoBase}/${id}.geojson` }])
  );
  const geometry = (type) => ['==', ['geometry-type'], type];
  const layers = sourceIds.flatMap((id) => [
    { id: `${id}-fill`, type: 'fill', source: id, filter: geometry('Polygon'), paint: { 'fill-color': '#e8e4da' } },
    { id: `${id}-line`, type: 'line', source: id, paint: { 'line-color': '#666', 'line-width': 1 } },
    {
      id: `${id}-circle`,
      type: 'circle',
      source: id,
      filter: geometry('Point'),
      paint: { 'circle-radius': 4, 'circle-color': '#333' }
    }
  ]);
  const style = {
    version: 8,
    sources,
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe8ee' } }, ...layers]
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare MapLibre map</title>
<link rel="stylesheet" href="${libBase}/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style>
</head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '${libBase}/maplibre-gl.mjs';
maplibregl.setWorkerUrl('${libBase}/maplibre-gl-worker.mjs');
const map = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)}, bounds: ${JSON.stringify(bounds)}, attributionControl: false });
map.once('idle', () => { window.__mapIdle = true; });
</script>
</body></html>
`;
}
