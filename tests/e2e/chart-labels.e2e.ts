import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

// Every prerendered chart image, as the build wrote it: Chromium lays out each <text>, and no two
// labels may overlap, nor any run outside the image. (The layouts estimate text widths without a
// DOM, text-metrics.ts; this is where those estimates meet real glyphs.) Runs once, on desktop.
const files = readdirSync('build/charts').filter((f) => f.endsWith('.svg'));

test.skip(({ isMobile }) => isMobile, 'the images are the same on every device');

test('there are chart images to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(16);
});

for (const file of files) {
  test(`${file}: no label overlaps another or leaves the image`, async ({ page }) => {
    await page.goto(`/charts/${file}`);
    const problems = await page.evaluate(() => {
      const svg = document.documentElement as unknown as SVGSVGElement;
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }));
      const out: string[] = [];
      const slack = 0.5;
      for (const { text, r } of boxes) {
        if (
          r.left < frame.left - slack ||
          r.top < frame.top - slack ||
          r.right > frame.right + slack ||
          r.bottom > frame.bottom + slack
        ) {
          out.push(
            `outside the image: “${text}” at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`
          );
        }
      }
      // Text boxes include the font's ascent and descent, so neighbouring lines may touch by a pixel or two.
      const pad = 2;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > pad && overlapY > pad) out.push(`“${boxes[i]!.text}” overlaps “${boxes[j]!.text}”`);
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
  });
}
