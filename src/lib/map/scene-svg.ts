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

// Images cannot load web fonts: labels use Noto Sans where the reader has it installed, else the
// system sans-serif; the halo keeps them legible over any fill.
const STYLE = 'text{font-family:"Noto Sans",system-ui,sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}';

export function sceneToSvg(scene: Scene): string {
  const { width, height } = scene.size;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, width, height })}>`,
    `<style>${STYLE}</style>`,
    `<rect${attrs({ width, height, fill: scene.background })}/>`
  ];
  for (const p of scene.paths) {
    out.push(
      `<path${attrs({ d: p.d, fill: p.fill, 'fill-opacity': p.fillOpacity, stroke: p.stroke, 'stroke-width': p.strokeWidth, 'stroke-dasharray': p.dash, 'stroke-linejoin': 'round' })}/>`
    );
  }
  for (const c of scene.circles) {
    out.push(`<circle${attrs({ cx: c.cx, cy: c.cy, r: c.r, fill: c.fill, stroke: c.stroke, 'stroke-width': c.strokeWidth })}/>`);
  }
  for (const l of scene.labels) {
    const lines = l.lines.map((line) => `<tspan${attrs({ x: l.x, dy: line.dy, 'font-size': line.size })}>${escapeXml(line.text)}</tspan>`);
    out.push(`<text${attrs({ x: l.x, y: l.y, 'text-anchor': l.anchor, fill: l.color })}>${lines.join('')}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
