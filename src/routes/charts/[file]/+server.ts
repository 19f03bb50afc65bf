import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { loadContent } from '$content/load';
import { chartFile, STATIC_CHART_WIDTHS } from '$lib/model/chart-file';
import { renderChartFile } from '$lib/charts/render-chart-file';

// The static charts are drawn here, at build time, into SVG files: pages show them as images
// (no JS, print, in-flow copies, and the stage until the live chart has loaded), so d3 and the
// chart components stay out of the page bundle. src/lib/charts/chart-golden.spec.ts compares
// each one with its reviewed copy under tests/golden/charts.
export const prerender = true;

export const entries: EntryGenerator = () => {
  const files = new Set<string>();
  for (const { panel } of loadContent().story.steps) {
    if (panel.type !== 'chart') continue;
    for (const { width } of STATIC_CHART_WIDTHS) files.add(chartFile(panel, width));
  }
  return [...files].map((file) => ({ file }));
};

export const GET: RequestHandler = ({ params }) => {
  const svg = renderChartFile(params.file);
  if (!svg) error(404, 'No such chart');
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
