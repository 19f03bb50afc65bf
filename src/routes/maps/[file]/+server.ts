import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { loadContent } from '$content/load';
import { staticGeo } from '$lib/map/map-data';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline';
import { buildScene } from '$lib/map/scene';
import { overlayToSvg, sceneToSvg } from '$lib/map/scene-svg';
import { glLabels } from '$lib/map/label-features';
import { FRAME_IDS, parseStaticMapFile, staticMapFile } from '$lib/model/map-file';

// The static maps are drawn here, at build time, into plain SVG files: pages show them as
// images, so neither the geometry nor the projection code ships to the browser.
export const prerender = true;

export const entries: EntryGenerator = () => {
  const files = new Set<string>();
  for (const step of loadContent().story.steps) {
    if (step.panel.type !== 'map') continue;
    for (const frame of FRAME_IDS) {
      const state = { preset: step.panel.preset, layers: step.panel.layers, frame };
      files.add(staticMapFile(state));
      // The live map reads a label plan and overlay for the screen frames only; paper has no live map.
      if (frame !== 'print') {
        files.add(staticMapFile(state, 'json'));
        files.add(staticMapFile(state, 'overlay'));
      }
    }
  }
  return [...files].map((file) => ({ file }));
};

export const GET: RequestHandler = ({ params }) => {
  const state = parseStaticMapFile(params.file);
  if (!state) error(404, 'No such map');
  const scene = buildScene(staticGeo, state.preset, state.layers, state.frame);
  if (state.kind === 'json') {
    // What the live map shows for this state and frame (MapGL.svelte): the same plan the image draws.
    return new Response(JSON.stringify(glLabels(scene.plan!)), { headers: { 'content-type': 'application/json' } });
  }
  if (state.kind === 'overlay')
    return new Response(overlayToSvg(scene), { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(sceneToSvg(scene, { latin, cyrillic }), { headers: { 'content-type': 'image/svg+xml' } });
};
