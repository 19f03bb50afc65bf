import { render } from 'svelte/server';
import { parseChartFile } from '../model/chart-file';
import { paletteCss } from '../model/palette';
import ChartGraphic from './ChartGraphic.svelte';
import { figures } from './chart-data';
import { chartSvgDocument } from './chart-svg-document';
import { describeChart } from './describe';

/** The standalone SVG of a prerendered chart file name, or undefined for a name that is not one. */
export function renderChartFile(file: string): string | undefined {
  const parsed = parseChartFile(file);
  if (!parsed) return undefined;
  const desc = describeChart(parsed.state, figures);
  const drawn = render(ChartGraphic, {
    props: { chartState: parsed.state, width: parsed.width, uid: 'chart', title: desc, desc }
  });
  return chartSvgDocument(drawn, paletteCss());
}
