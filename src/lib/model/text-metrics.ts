// Text widths in the label font the site ships (Noto Sans Regular), from the advance widths that
// data/scripts/font-metrics.mjs read out of the @fontsource files: the label plan measures a
// label as the browser and MapLibre will draw it. No kerning (Noto Sans' Latin kerning changes a
// label's width by well under the plan's 2-px padding).
import metrics from './font-metrics.json';

const UNITS = metrics.unitsPerEm;
const ADVANCES = metrics.advances as Record<string, number>;

/** Whether every character of `text` is in the shipped font (else the browser would fall back). */
export function covered(text: string): boolean {
  return [...text].every((c) => ADVANCES[c.codePointAt(0)!] !== undefined);
}

/** Width in px of one line at `size` px, with `letterSpacing` em added after each character
 * (as MapLibre's text-letter-spacing and SVG letter-spacing do). Unknown characters count as an em. */
export function textWidth(text: string, size: number, letterSpacing = 0): number {
  let units = 0;
  const chars = [...text];
  for (const c of chars) units += ADVANCES[c.codePointAt(0)!] ?? UNITS;
  return (units / UNITS) * size + Math.max(0, chars.length - 1) * letterSpacing * size;
}

/** Ascender and descender in em, for the height of a line box. */
export const ASCENT = metrics.ascender / UNITS;
export const DESCENT = -metrics.descender / UNITS;
