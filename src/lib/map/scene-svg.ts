import { MAP_COLORS } from '../model/palette';
import type { Scene } from './scene';

// Serialises a Scene to a standalone SVG document, for the prerendered static map images.
// Every value is escaped: labels come from data files, and the output is served as a file.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

type AttrValue = string | number | undefined;
function attrs(values: Record<string, AttrValue>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

// The label plan measures text in Noto Sans, so the image embeds the two font files the site ships
// (data: URLs, ~27 KB; an image may not fetch a font): the labels fit where the plan put them and
// look like the live map's. The halo keeps them legible over any fill.
const FAMILY = 'Map Noto Sans';
export interface SvgFonts {
  /** data: URLs of the latin and cyrillic woff2 files. */
  latin: string;
  cyrillic: string;
}
function style(fonts?: SvgFonts): string {
  const faces = fonts
    ? `@font-face{font-family:"${FAMILY}";src:url(${fonts.latin}) format("woff2");unicode-range:U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+2000-206F,U+20AC,U+2212}` +
      `@font-face{font-family:"${FAMILY}";src:url(${fonts.cyrillic}) format("woff2");unicode-range:U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116}`
    : '';
  return `${faces}text{font-family:"${FAMILY}","Noto Sans",system-ui,sans-serif;paint-order:stroke;stroke:${MAP_COLORS.halo};stroke-width:3.2px;stroke-linejoin:round}`;
}

/** Leader lines, scale bar and locator inset: drawn over the map in the image, and alone (on a
 * transparent ground) in the overlay image the live map shows over its canvas. */
export function overlayElements(scene: Scene): string[] {
  const out: string[] = [];
  for (const l of scene.leaders ?? []) {
    const [[x1, y1], [x2, y2]] = [l.from, l.to];
    out.push(`<line${attrs({ x1, y1, x2, y2, stroke: l.color, 'stroke-width': 1, 'stroke-linecap': 'round' })}/>`);
  }
  const { inset, scaleBar } = scene.overlays ?? {};
  if (inset) {
    const { box, extent } = inset;
    out.push(
      `<g class="inset"><rect${attrs({ ...box, fill: MAP_COLORS.water, stroke: MAP_COLORS.border, 'stroke-width': 1 })}/>`,
      `<path${attrs({ d: inset.outline, fill: MAP_COLORS.land, stroke: MAP_COLORS.border, 'stroke-width': 0.6, 'stroke-linejoin': 'round' })}/>`,
      `<rect${attrs({ ...extent, fill: 'none', stroke: MAP_COLORS.battle, 'stroke-width': 1.5 })}/></g>`
    );
  }
  if (scaleBar) {
    const { x, y, px, label } = scaleBar;
    const d = `M${x},${y - 4}V${y}H${x + px}V${y - 4}`;
    out.push(
      `<g class="scale-bar"><path${attrs({ d, fill: 'none', stroke: MAP_COLORS.halo, 'stroke-width': 4, 'stroke-linejoin': 'round' })}/>`,
      `<path${attrs({ d, fill: 'none', stroke: MAP_COLORS.ink, 'stroke-width': 1.5 })}/>`,
      `<text${attrs({ x, y: y - 6, fill: MAP_COLORS.ink, 'font-size': 11 })}>${escapeXml(label)}</text></g>`
    );
  }
  return out;
}

/** The overlay image alone (transparent, same viewBox as the map image). */
export function overlayToSvg(scene: Scene): string {
  const { width, height } = scene.size;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, width, height })}>`,
    `<style>${style()}</style>`,
    ...overlayElements(scene),
    '</svg>'
  ].join('\n');
}

export function sceneToSvg(scene: Scene, fonts?: SvgFonts): string {
  const { width, height } = scene.size;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, width, height, overflow: 'hidden' })}>`,
    `<style>${style(fonts)}</style>`,
    // The background and geometry run past the viewBox (scene.bleed): an image box of another
    // shape shows more map there (preserveAspectRatio meet), not bands.
    scene.bleed
      ? `<rect${attrs({ x: scene.bleed[0][0], y: scene.bleed[0][1], width: scene.bleed[1][0] - scene.bleed[0][0], height: scene.bleed[1][1] - scene.bleed[0][1], fill: scene.background })}/>`
      : `<rect${attrs({ width, height, fill: scene.background })}/>`
  ];
  for (const p of scene.paths) {
    out.push(
      `<path${attrs({ d: p.d, fill: p.fill, 'fill-opacity': p.fillOpacity, stroke: p.stroke, 'stroke-width': p.strokeWidth, 'stroke-dasharray': p.dash, 'stroke-linejoin': 'round' })}/>`
    );
  }
  for (const c of scene.circles) {
    out.push(
      `<circle${attrs({ cx: c.cx, cy: c.cy, r: c.r, fill: c.fill, stroke: c.stroke, 'stroke-width': c.strokeWidth })}/>`
    );
  }
  out.push(...overlayElements(scene));
  for (const l of scene.labels) {
    const lines = l.lines.map(
      (line) => `<tspan${attrs({ x: l.x, dy: line.dy, 'font-size': line.size })}>${escapeXml(line.text)}</tspan>`
    );
    const spacing = l.letterSpacing ? `${l.letterSpacing}em` : undefined;
    out.push(
      `<text${attrs({ x: l.x, y: l.y, 'text-anchor': l.anchor, fill: l.color, 'letter-spacing': spacing })}>${lines.join('')}</text>`
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
