// The palette, in one place. src/palette.css (the page's CSS variables, which the prerendered
// chart images embed too) is written from PAGE_COLORS by the build (vite.config.ts), and the map
// draws with MAP_COLORS; palette.spec.ts checks the committed CSS still says the same.
// One accent for Russian losses, one for Ukraine, neutrals for context. Every text/background
// pair passes WCAG AA (4.5:1) in both schemes.

const light = {
  bg: '#fbfaf7',
  surface: '#ffffff',
  text: '#1d1f21',
  muted: '#52575d',
  rule: '#d9d6cf',
  russia: '#b3261e',
  ukraine: '#1f5fa8',
  context: '#5f6b73',
  'context-bg': '#eef1f3',
  'claim-bg': '#fbf1ef',
  focus: '#1f5fa8'
};

/** The page's colours, light and dark scheme; each key is a `--color-<key>` CSS variable. */
export const PAGE_COLORS: { light: typeof light; dark: typeof light } = {
  light,
  dark: {
    bg: '#141618',
    surface: '#1d2023',
    text: '#ecebe7',
    muted: '#b2b6ba',
    rule: '#3a3f44',
    russia: '#ff8a80',
    ukraine: '#8cb8ff',
    context: '#aab4bb',
    'context-bg': '#22282d',
    'claim-bg': '#2a1f1e',
    focus: '#8cb8ff'
  }
};

/** The map's colours (one scheme: the map is a light image in both). Battles share the page's accent. */
export const MAP_COLORS = {
  water: '#dfe8ee',
  land: '#f7f5f0',
  neighbour: '#eceae4',
  border: '#9a968c',
  donetsk: '#f1e3cf',
  river: '#8fb3cc',
  sea: '#2f5d7c',
  ink: '#1d1d1b',
  muted: '#5c5a55',
  town: '#1d1d1b',
  battle: light.russia,
  mine: '#7a4f12',
  lithium: '#1b6680',
  decoy: '#5f5f5f',
  halo: '#ffffff'
} as const;

const declarations = (colors: Record<string, string>, indent: string) =>
  Object.entries(colors)
    .map(([key, value]) => `${indent}--color-${key}: ${value};`)
    .join('\n');

/** The text of src/palette.css. */
export function paletteCss(): string {
  return `/* Generated from src/lib/model/palette.ts by the build (vite.config.ts); edit that file, not this one.
   The page (app.css) and the prerendered chart images (src/routes/charts) both read it. */
:root {
${declarations(PAGE_COLORS.light, '  ')}
}

@media (prefers-color-scheme: dark) {
  :root {
${declarations(PAGE_COLORS.dark, '    ')}
  }
}
`;
}
