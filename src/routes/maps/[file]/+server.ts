import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { loadContent } from '../../../content/load';
import { staticGeo } from '$lib/map/data';
import { buildScene } from '$lib/map/scene';
import { sceneToSvg } from '$lib/map/scene-svg';
import { FRAME_IDS, parseStaticMapFile, STATIC_FRAMES, staticMapFile } from '$lib/map/static-file';

// The static maps are drawn here, at build time, into plain SVG files: pages show them as
// images, so neither the geometry nor the projection code ships to the browser.
export const prerender = true;

export const entries: EntryGenerator = () => {
  const files = new Set<string>();
  for (const step of loadContent().story.steps) {
    if (step.panel.type !== 'map') continue;
    for (const frame of FRAME_IDS) files.add(staticMapFile({ preset: step.panel.preset, layers: step.panel.layers, frame }));
  }
  return [...files].map((file) => ({ file }));
};

export const GET: RequestHandler = ({ params }) => {
  const state = parseStaticMapFile(params.file);
  if (!state) error(404, 'No such map');
  const scene = buildScene(staticGeo, state.preset, state.layers, STATIC_FRAMES[state.frame], state.frame);
  return new Response(sceneToSvg(scene), { headers: { 'content-type': 'image/svg+xml' } });
};
