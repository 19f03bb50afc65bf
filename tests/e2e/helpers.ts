import type { BrowserContext, Page } from '@playwright/test';
import article from '../../data/processed/article.json' with { type: 'json' };
import { storyInput } from '../../src/content/story';

export const stepIds = storyInput.steps.map((step) => step.id);
export const bodyBlocks = article.blocks;

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

export const activeStep = (page: Page) => page.locator('.stage').getAttribute('data-active-step');
