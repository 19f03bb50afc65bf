import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { render } from 'svelte/server';
import { loadContent } from '../../../content/load';
import palette from '../../../palette.css?raw';
import { chartFile, parseChartFile } from '$lib/charts/chart-file';
import ChartGraphic from '$lib/charts/ChartGraphic.svelte';
import { chartSvgDocument } from '$lib/charts/chart-svg-document';
import { figures } from '$lib/charts/data';
import { describeChart } from '$lib/charts/describe';
import { STATIC_CHART_WIDTHS } from '$lib/charts/layout';

// The static charts are drawn here, at build time, into SVG files: pages show them as images
// (no JS, print, in-flow copies, and the stage until the live chart has loaded), so d3 and the
// chart components stay out of the page bundle.
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
  const parsed = parseChartFile(params.file);
  if (!parsed) error(404, 'No such chart');
  const desc = describeChart(parsed.state, figures);
  const drawn = render(ChartGraphic, { props: { chartState: parsed.state, width: parsed.width, uid: 'chart', title: desc, desc } });
  return new Response(chartSvgDocument(drawn, palette), { headers: { 'content-type': 'image/svg+xml' } });
};
