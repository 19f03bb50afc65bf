import { describe, expect, it } from 'vitest';
import { staticGeo } from './map-data';
import { buildScene } from './scene';
import { escapeXml, sceneToSvg } from './scene-svg';
import type { Scene } from './scene';

const tiny: Scene = {
  size: { width: 100, height: 50 },
  camera: { center: [0, 0], zoom: 1, bearing: 0, pitch: 0 } as unknown as Scene['camera'],
  background: '#dfe8ee',
  paths: [{ key: 'a', d: 'M0,0L10,10', fill: 'none', fillOpacity: 1, stroke: '#333', strokeWidth: 2 }],
  circles: [{ key: 'c', cx: 5, cy: 6, r: 4, fill: '#fff', stroke: '#000', strokeWidth: 1 }],
  labels: [
    { key: 'l', x: 10, y: 20, anchor: 'start', color: '#111', lines: [{ text: 'Pokrovsk <b>&"x"', size: 12, dy: 0 }] }
  ]
};

describe('sceneToSvg', () => {
  it('writes a standalone SVG document with every mark', () => {
    const svg = sceneToSvg(tiny);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 100 50"/);
    expect(svg).toContain('<path d="M0,0L10,10" fill="none" fill-opacity="1" stroke="#333" stroke-width="2"');
    expect(svg).toContain('<circle cx="5" cy="6" r="4"');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('escapes label text so data cannot become markup', () => {
    const svg = sceneToSvg(tiny);
    expect(svg).toContain('Pokrovsk &lt;b&gt;&amp;&quot;x&quot;');
    expect(svg).not.toContain('<b>');
    expect(escapeXml(`<a href='x'>`)).toBe('&lt;a href=&#39;x&#39;&gt;');
  });

  it('draws the real lithium map with its labels and the decoy warning', () => {
    const scene = buildScene(
      staticGeo,
      'lithium',
      ['oblasts', 'cities', 'lithium-deposit', 'decoy-shevchenko'],
      'desktop'
    );
    const svg = sceneToSvg(scene);
    // The geometry's paths, then the inset's outline and the scale bar's halo and line.
    expect(scene.overlays?.inset && scene.overlays.scaleBar).toBeTruthy();
    expect((svg.match(/<path /g) ?? []).length).toBe(scene.paths.length + 3);
    expect(svg).toContain(`>${scene.overlays!.scaleBar!.label}</text>`);
    for (const label of scene.labels) expect(svg).toContain(escapeXml(label.lines[0]!.text));
  });
});
