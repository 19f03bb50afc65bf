import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS, PAGE_COLORS, paletteCss } from './palette';

// Read the committed CSS on its own terms (not through paletteCss) so a hand edit to either side
// shows up as a difference.
const css = readFileSync('src/palette.css', 'utf8');
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const variables = (text: string) =>
  Object.fromEntries([...text.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1], m[2]]));

describe('the palette', () => {
  it('src/palette.css has the same variables as PAGE_COLORS, in both schemes', () => {
    expect(darkAt).toBeGreaterThan(0);
    expect(variables(css.slice(0, darkAt))).toEqual(PAGE_COLORS.light);
    expect(variables(css.slice(darkAt))).toEqual(PAGE_COLORS.dark);
  });

  it('src/palette.css is exactly what the build writes (run `npm run build` after editing palette.ts)', () => {
    expect(css).toBe(paletteCss());
  });

  it('the map draws battles in the page’s Russia accent', () => {
    expect(MAP_COLORS.battle).toBe(variables(css.slice(0, darkAt)).russia);
  });
});
