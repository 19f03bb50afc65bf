// Contrast sweep: at every step of the story, in the light and the dark scheme, every
// visible control, map credit, caption and legend line is measured against what is really behind
// it. axe misses text over the map and charts (it cannot see a canvas), so the background is
// found here: the first opaque background up the tree (semi-transparent layers composited on the
// way), and where the element sits over a canvas or an image before any opaque layer, the
// screenshot's pixels behind its box (with its text made transparent). WCAG 2.2 1.4.3: 4.5:1, or
// 3:1 for large text (24 px, or 18.66 px bold). One page load per scheme and project.
import { expect, test, type Page } from '@playwright/test';
import { storyInput } from '../../src/content/story';
import { pngPixels, waitForAnimationsSettled, waitForStory } from './helpers';

const TEXT_OF =
  'a, button, summary, [role="button"], .attribution, .maplibregl-ctrl-attrib, figcaption, .caption, .legend, .map-notes, .chart-source, .hint, .explore, .zoom';

interface Measured {
  where: string;
  text: string;
  fg: [number, number, number, number];
  /** Composited background, or null when it must be sampled from the screenshot. */
  bg: [number, number, number] | null;
  box: { x: number; y: number; width: number; height: number };
  large: boolean;
  index: number;
}

interface Failure {
  step: string;
  where: string;
  text: string;
  ratio: number;
  need: number;
}

/** In the page: the elements to measure, with their text colour and (where the DOM tells) background. */
function collect(selector: string): Measured[] {
  const parse = (c: string): [number, number, number, number] => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) {
      // color(srgb r g b / a) from color-mix()
      const s = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/);
      if (s) return [Number(s[1]) * 255, Number(s[2]) * 255, Number(s[3]) * 255, s[4] === undefined ? 1 : Number(s[4])];
      return [0, 0, 0, 0];
    }
    const p = m[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const over = (top: number[], below: number[]) =>
    top.slice(0, 3).map((v, i) => v * top[3]! + below[i]! * (1 - top[3]!));
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const imagery = Array.from(document.querySelectorAll<HTMLElement | SVGElement>('canvas, img, svg')).filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 40 && r.height > 40 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  });
  const out: Measured[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim()) continue;
    if (!el.closest(selector) || el.closest('svg, [inert], [aria-hidden="true"]:not(.map-gl)')) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    if (r.width <= 2 || r.height <= 2) continue; // visually hidden
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // Hidden under something else (a step card over the stage on phones): not seen, not measured.
    const related = (hit: Element | null) => !!hit && (el.contains(hit) || hit.contains(el));
    const ys = r.top + r.height / 2;
    const xs = [0.2, 0.5, 0.8].map((f) => r.left + r.width * f).filter((x) => x > 0 && x < innerWidth);
    if (ys > 0 && ys < innerHeight && xs.every((x) => !related(document.elementFromPoint(x, ys)))) continue;
    const style = getComputedStyle(el);
    // Opacity of the element and its ancestors fades the text towards what is behind it.
    let opacity = 1;
    for (let a: Element | null = el; a; a = a.parentElement) opacity *= Number(getComputedStyle(a).opacity);
    const fg = parse(style.color);
    fg[3] *= opacity;
    // Up the tree: composite semi-transparent backgrounds until an opaque one.
    const layers: number[][] = [];
    let bg: number[] | null = null;
    for (let a: Element | null = el; a; a = a.parentElement) {
      const c = parse(getComputedStyle(a).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) {
        bg = c;
        break;
      }
      // A canvas or image inside this ancestor, under the element, before any opaque layer: sample.
      if (imagery.some((img) => a!.contains(img) && !img.contains(el) && overlaps(img.getBoundingClientRect(), r)))
        break;
    }
    if (!bg && layers.length === 0 && !document.documentElement.contains(el)) continue;
    let composite: number[] | null = null;
    if (bg) {
      composite = bg.slice(0, 3);
      for (const layer of layers.slice(0, -1).reverse()) composite = over(layer, composite);
    }
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const path = [el.tagName.toLowerCase(), ...Array.from(el.classList).slice(0, 2)].join('.');
    const owner = el.closest('[id]')?.id;
    out.push({
      where: owner ? `${path} in #${owner}` : path,
      text: node.textContent.trim().slice(0, 40),
      fg: fg as Measured['fg'],
      bg: composite as Measured['bg'],
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      large: size >= 24 || (bold && size >= 18.66),
      index: out.length
    });
    el.dataset.contrastIndex = String(out.length - 1);
  }
  return out;
}

const luminance = ([r, g, b]: number[]) => {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
const composite = (fg: Measured['fg'], bg: number[]) => fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i]! * (1 - fg[3]));

/** The screenshot's pixels behind an element's box (its text made transparent), decoded in the page. */
async function sampleBehind(page: Page, m: Measured): Promise<number[][]> {
  await page.evaluate((i) => {
    const el = document.querySelector<HTMLElement>(`[data-contrast-index="${i}"]`)!;
    el.style.setProperty('color', 'transparent', 'important');
    el.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
    el.style.setProperty('text-decoration-color', 'transparent', 'important');
  }, m.index);
  const inset = 2;
  const clip = {
    x: Math.max(0, m.box.x + inset),
    y: Math.max(0, m.box.y + inset),
    width: Math.max(1, m.box.width - 2 * inset),
    height: Math.max(1, m.box.height - 2 * inset)
  };
  const png = await page.screenshot({ clip, animations: 'disabled' });
  await page.evaluate((i) => {
    const el = document.querySelector<HTMLElement>(`[data-contrast-index="${i}"]`)!;
    for (const p of ['color', '-webkit-text-fill-color', 'text-decoration-color']) el.style.removeProperty(p);
  }, m.index);
  return pngPixels(page, png, 3);
}

/** Measures everything in view; returns the failures. */
const counted = { measured: 0, sampled: 0 };
async function sweep(page: Page, step: string): Promise<Failure[]> {
  const measured = await page.evaluate(collect, TEXT_OF);
  counted.measured += measured.length;
  counted.sampled += measured.filter((m) => !m.bg).length;
  const failures: Failure[] = [];
  for (const m of measured) {
    const need = m.large ? 3 : 4.5;
    let ratio: number;
    if (m.bg) ratio = contrast(composite(m.fg, m.bg), m.bg);
    else {
      // Over a map or chart: the 5th-percentile pixel, so a sliver of dark road under a light
      // label counts, but one anti-aliased pixel does not.
      const ratios = (await sampleBehind(page, m)).map((px) => contrast(composite(m.fg, px), px)).sort((a, b) => a - b);
      ratio = ratios[Math.floor(ratios.length * 0.05)] ?? 21;
    }
    if (ratio < need) failures.push({ step, where: m.where, text: m.text, ratio: Math.round(ratio * 100) / 100, need });
  }
  await page.evaluate(() =>
    document.querySelectorAll('[data-contrast-index]').forEach((el) => el.removeAttribute('data-contrast-index'))
  );
  return failures;
}

const stepIds = storyInput.steps.map((s) => s.id);
const firstMap = storyInput.steps.find((s) => s.panel.type === 'map')!.id;

for (const scheme of ['light', 'dark'] as const) {
  test(`every control, credit, caption and legend line reads at 4.5:1 at every step (${scheme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    // PLANT: a low-contrast colour, to see the sweep fail.
    if (process.env.CONTRAST_PLANT)
      await page.addInitScript((css) => {
        addEventListener('DOMContentLoaded', () =>
          document.head.append(Object.assign(document.createElement('style'), { textContent: css }))
        );
      }, process.env.CONTRAST_PLANT);
    await page.goto('/');
    await waitForStory(page);
    const failures: Failure[] = [];
    failures.push(...(await sweep(page, '(top of the page)')));
    // The Sections menu, open.
    await page.locator('.wayfinding summary').click();
    failures.push(...(await sweep(page, '(sections menu)')));
    await page.keyboard.press('Escape');
    for (const id of stepIds) {
      await page.evaluate(
        (s) => document.getElementById(`step-${s}`)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
        id
      );
      await page.locator(`.stage[data-active-step="${id}"]`).waitFor();
      if (storyInput.steps.find((s) => s.id === id)!.panel.type === 'map')
        await expect(page.locator('.stage-map figure.map-panel')).toHaveAttribute('data-map-ready', 'true', {
          timeout: 60_000
        });
      await waitForAnimationsSettled(page);
      failures.push(...(await sweep(page, id)));
    }
    // Last (focus then stays on the opener, which holds the step): the explore view's hint, zoom
    // buttons, close button and the map's own credit, over the live map.
    await page.evaluate(
      (s) => document.getElementById(`step-${s}`)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
      firstMap
    );
    await page.locator(`#step-${firstMap} .explore-open`).click();
    await expect(page.locator('.stage-map .map-gl.exploring')).toBeVisible();
    await waitForAnimationsSettled(page);
    failures.push(...(await sweep(page, `${firstMap} (exploring)`)));
    // The sweep saw something: text on every step, and some of it over the map, sampled.
    test.info().annotations.push({ type: 'measured', description: JSON.stringify(counted) });
    expect(counted.measured).toBeGreaterThan(stepIds.length * 3);
    expect(counted.sampled).toBeGreaterThan(0);
    const report = failures.map((f) => `${f.step}: ${f.where} “${f.text}” ${f.ratio}:1 (needs ${f.need}:1)`);
    expect(report, 'text under its contrast minimum').toEqual([]);
  });
}
