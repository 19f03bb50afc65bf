// The prerendered image a panel shows at a given stage width, so the stage can fetch the next
// steps' images while the network is there: a reader who loses it mid-story (a train, a tunnel)
// still sees the panels just ahead.
import type { Panel } from '$content/schema';
import { chartFile, STATIC_CHART_WIDTHS } from '../model/chart-file';
import { staticMapFile, type FrameId } from '../model/map-file';

/** Container widths at which the images switch layout (the container queries in ChartStatic and MapStatic). */
export const WIDE_CHART_FROM = 560;
export const DESKTOP_MAP_FROM = 600;

/** The image path (under the site's base) the panel shows at `width`, or null for panels without one. */
export function panelImage(panel: Panel, width: number, mapFrame?: FrameId): string | null {
  if (panel.type === 'map') {
    const frame = mapFrame ?? (width >= DESKTOP_MAP_FROM ? 'desktop' : 'phone');
    return `/maps/${staticMapFile({ preset: panel.preset, layers: panel.layers, frame })}`;
  }
  if (panel.type === 'chart') {
    const { width: file } = STATIC_CHART_WIDTHS[width >= WIDE_CHART_FROM ? 1 : 0];
    return `/charts/${chartFile({ chart: panel.chart, highlight: panel.highlight, showContext: panel.showContext ?? false }, file)}`;
  }
  return null;
}
