import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { article } from '$content/article';
import { loadContent } from '$content/load';
import type { Step } from '$content/schema';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline';
import { renderChartFile } from '$lib/charts/render-chart-file';
import { staticGeo } from '$lib/map/map-data';
import { buildScene } from '$lib/map/scene';
import { sceneToSvg } from '$lib/map/scene-svg';
import { chartFile } from '$lib/model/chart-file';
import { shareCardSvg } from '$lib/share/share-card';
import { stepShares, storyShare, type SharePage } from '$lib/share/share-pages';
import { site } from '$content/site';

// The share cards as SVG, one per shareable page (share-pages.ts); scripts/share-images.mjs
// renders each to the 1200×630 PNG the meta tags name, after the build.
export const prerender = true;

function pages(): SharePage[] {
  const { steps } = loadContent().story;
  return [storyShare(steps), ...stepShares(steps, article.blocks)];
}

const svgName = (page: SharePage) => page.image.replace(/^share\//, '').replace(/\.png$/, '.svg');

export const entries: EntryGenerator = () => pages().map((page) => ({ file: svgName(page) }));

function graphic(step: Step | undefined): string | undefined {
  if (step?.panel.type === 'map') {
    const scene = buildScene(staticGeo, step.panel.preset, step.panel.layers, 'desktop');
    return sceneToSvg(scene, { latin, cyrillic });
  }
  if (step?.panel.type === 'chart') return renderChartFile(chartFile(step.panel, 640));
  return undefined;
}

export const GET: RequestHandler = ({ params }) => {
  const page = pages().find((p) => svgName(p) === params.file);
  if (!page) error(404, 'No such share card');
  const svg = shareCardSvg({
    ...page.card,
    credit: site.share.credit,
    graphic: graphic(page.panelStep),
    fonts: { regular: latin, bold }
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
