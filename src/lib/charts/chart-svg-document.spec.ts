import { describe, expect, it } from 'vitest';
import { chartSvgDocument, paletteForSvg } from './chart-svg-document';

const palette =
  '/* note */\n:root { --color-text: #111; }\n@media (prefers-color-scheme: dark) { :root { --color-text: #eee; } }';
const drawn = {
  head: '<style id="svelte-a">text.svelte-a { fill: var(--color-text); }\n/*# sourceMappingURL=data:application/json;base64,xyz */</style>',
  body: '<!--[--><svg role="img" viewBox="0 0 10 10" width="10" height="10"><!--[--><text>a &amp; b</text><!--]--></svg><!--]-->'
};

describe('chartSvgDocument', () => {
  it('makes a standalone SVG with the palette (both schemes) and the component CSS inside', () => {
    const svg = chartSvgDocument(drawn, palette);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
    expect(svg).toContain('<style><![CDATA[');
    expect(svg).toContain('svg { --color-text: #111; }');
    expect(svg).toContain('@media (prefers-color-scheme: dark) { svg { --color-text: #eee; } }');
    expect(svg).toContain('text.svelte-a { fill: var(--color-text); }');
    expect(svg).not.toContain('sourceMappingURL');
    expect(svg).not.toContain('<!--');
    expect(svg.endsWith('<text>a &amp; b</text></svg>')).toBe(true);
  });

  it('refuses a render that is not one <svg> element', () => {
    expect(() => chartSvgDocument({ head: '', body: '<div><svg></svg></div>' }, palette)).toThrow(/single <svg>/);
    expect(() =>
      chartSvgDocument({ head: '<style>a{content:"]]>"}</style>', body: '<svg viewBox="0 0 1 1"></svg>' }, palette)
    ).toThrow(/]]>/);
  });

  it('scopes :root rules to the image root and drops comments', () => {
    expect(paletteForSvg(palette)).toBe(
      'svg { --color-text: #111; }\n@media (prefers-color-scheme: dark) { svg { --color-text: #eee; } }'
    );
  });
});
