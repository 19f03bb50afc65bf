// Turns a server render of ChartGraphic into a standalone SVG file. An image cannot see the
// page's stylesheets, so the palette (with its dark-scheme block) and the components' CSS go
// inside the file; Chromium, Firefox and Safari apply prefers-color-scheme inside SVG images.

const SOURCE_MAP = /\/\*# sourceMappingURL=[^*]*\*\//g;

/** The palette's `:root` rules, scoped to the image's root element instead. */
export function paletteForSvg(paletteCss: string): string {
  return paletteCss
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/:root\b/g, 'svg')
    .trim();
}

export function chartSvgDocument(render: { body: string; head: string }, paletteCss: string): string {
  const markup = render.body.replace(/<!--[\s\S]*?-->/g, '').trim();
  if (!/^<svg\s/.test(markup) || !markup.endsWith('</svg>')) {
    throw new Error('chartSvgDocument: the chart did not render as a single <svg> element');
  }
  const componentCss = [...render.head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
    m[1]!.replace(SOURCE_MAP, '').trim()
  );
  const css = [paletteForSvg(paletteCss), ...componentCss].join('\n');
  if (css.includes(']]>')) throw new Error('chartSvgDocument: CSS cannot contain "]]>"');
  const style = `<style><![CDATA[\n${css}\n]]></style>`;
  return markup.replace(/^<svg\s([^>]*)>/, `<svg xmlns="http://www.w3.org/2000/svg" $1>${style}`);
}
