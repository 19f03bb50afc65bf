import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import article from '../../data/processed/article.json' with { type: 'json' };
import { readDocument } from '../../src/content/documents';
import { storyInput } from '../../src/content/story';
import type { TeachingNote } from '../../src/content/teaching-schema';

export const stepIds = storyInput.steps.map((step) => step.id);
export const bodyBlocks = article.blocks;

/** The teaching notes as the build reads them (Playwright has no Vite, so no `.aml` imports). */
export const teachingNotes = (
  readDocument('src/content/teaching.aml', readFileSync('src/content/teaching.aml', 'utf8')).data as {
    notes: TeachingNote[];
  }
).notes;

/** Records every host the page (and its workers) asks for; the site must only talk to itself. */
export async function recordForeignRequests(context: BrowserContext, ownOrigin: string): Promise<string[]> {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(ownOrigin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

/** Collects each value `data-active-step` takes on the stage, in order, from inside the page. */
export async function recordActiveSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stage = document.querySelector('.stage')!;
    const seen: string[] = [stage.getAttribute('data-active-step')!];
    (window as unknown as { __activeSteps: string[] }).__activeSteps = seen;
    new MutationObserver(() => {
      const id = stage.getAttribute('data-active-step')!;
      if (seen.at(-1) !== id) seen.push(id);
    }).observe(stage, { attributes: true, attributeFilter: ['data-active-step'] });
  });
}

export function activeStepsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __activeSteps: string[] }).__activeSteps);
}

export async function waitForStory(page: Page): Promise<void> {
  await page.locator('.scrolly[data-ready="true"]').waitFor();
}

/**
 * Waits until `step` is the stage's active step and every finite animation and transition on the
 * page has finished: axe measures colours as drawn, so a panel still fading in reads as low contrast.
 */
export async function waitForStageSettled(page: Page, step: string): Promise<void> {
  await page.locator(`.stage[data-active-step="${step}"]`).waitFor();
  await waitForAnimationsSettled(page);
}

/** Waits until every finite animation and transition on the page has finished. */
export async function waitForAnimationsSettled(page: Page): Promise<void> {
  // Polled from the test, not with waitForFunction: that polls on the page's animation frames,
  // which never come on a page with JavaScript off (the sweep checks step share pages so).
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          document
            .getAnimations()
            .every(
              (animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity
            )
        ),
      { timeout: 30_000 }
    )
    .toBe(true);
}

export const activeStep = (page: Page) => page.locator('.stage').getAttribute('data-active-step');

/** The RGB of every `every`-th pixel of a PNG screenshot, decoded in the page (no PNG library needed). */
export async function pngPixels(page: Page, png: Buffer, every = 1): Promise<number[][]> {
  return page.evaluate(
    async ({ b64, every }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const px: number[][] = [];
      for (let i = 0; i < data.length; i += 4 * every) px.push([data[i]!, data[i + 1]!, data[i + 2]!]);
      return px;
    },
    { b64: png.toString('base64'), every }
  );
}

/** Counts colours in an element screenshot (every 4th pixel). */
export async function distinctColours(page: Page, target: Locator): Promise<number> {
  const px = await pngPixels(page, await target.screenshot(), 4);
  return new Set(px.map(([r, g, b]) => (r! << 16) | (g! << 8) | b!)).size;
}

/**
 * The page as a browser without WebGL sees it: every panel keeps its map image and maplibre is
 * never loaded. For checks of text and layout, which the image shares with the live map (it sits
 * in the same box, map.e2e.ts checks the swap), where software GL rendering only costs time.
 */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}
