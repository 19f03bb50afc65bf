import { expect, test } from '@playwright/test';
import { activeStep, activeStepsSeen, recordActiveSteps, recordForeignRequests, stepIds, waitForStory } from './helpers';

test('scrolling through the story activates every step in order, and the URL follows', async ({ page }) => {
  // Two dozen screens of scrolling while the GL map renders in software (SwiftShader) on 2 cores.
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForStory(page);
  await recordActiveSteps(page);
  const historyLength = await page.evaluate(() => history.length);

  const stepsBottom = await page.locator('ol.steps').evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
  let checkedMidway = false;
  // Steps of 300 px (a brisk wheel) are far shorter than any step, so none may be skipped.
  while ((await page.evaluate(() => scrollY + innerHeight)) < stepsBottom) {
    await page.evaluate(() => scrollBy(0, 300));
    await page.waitForTimeout(25);
    if (!checkedMidway && (await activeStep(page)) === 'mine') {
      await expect(page).toHaveURL(/#step-mine$/);
      checkedMidway = true;
    }
  }
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe(stepIds.at(-1));
  expect(await activeStepsSeen(page)).toEqual(stepIds);
  expect(checkedMidway).toBe(true);
  await expect(page).toHaveURL(new RegExp(`#step-${stepIds.at(-1)}$`));
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('a deep link opens the page at that step with its panel', async ({ page }) => {
  await page.goto('/#step-lithium');
  await waitForStory(page);
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe('lithium');
  await expect(page.locator('#step-lithium')).toBeInViewport();

  await page.goto('/?step=wish-list');
  await waitForStory(page);
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe('wish-list');
  await expect(page).toHaveURL(/\/#step-wish-list$/);
});

test('unknown or hostile step IDs fall back to the top, silently', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const target of ['/#step-nope', '/?step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '/#step-__proto__']) {
    await page.goto(target);
    await waitForStory(page);
    expect(await activeStep(page)).toBe('intro');
    expect(await page.evaluate(() => scrollY)).toBe(0);
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('jumps to the end and back to the top (End, Home, find-in-page) land on the step in view', async ({ page }) => {
  await page.goto('/');
  await waitForStory(page);
  await page.locator('#step-shells').scrollIntoViewIfNeeded();
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe('shells');
  // The jumps are made directly, as End and Home make them: under CI load Chromium now and then
  // left a synthetic End key press unhandled (twice in four full runs today), which made this test
  // about the browser rather than the story.
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe(stepIds.at(-1));
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe('intro');
});

test('a resize keeps the panel on the step in view', async ({ page }) => {
  await page.goto('/#step-mine');
  await waitForStory(page);
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe('mine');
  // Phones rotate; desktop windows get narrow enough to switch to the phone layout.
  const size = page.viewportSize()!;
  await page.setViewportSize(size.width < 600 ? { width: size.height, height: size.width } : { width: 375, height: 800 });
  await page.locator('#step-mine').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(() => activeStep(page), { timeout: 20_000 }).toBe('mine');
});

test('every step shows a linked paragraph marker that leads to the original text', async ({ page }) => {
  await page.goto('/');
  for (const id of stepIds) {
    const marker = page.locator(`#step-${id} .cites a`).first();
    await expect(marker).toHaveText(/^(¶ \d+|Heading \d|List item \d|Title)$/);
    const target = (await marker.getAttribute('href'))!;
    await expect(page.locator(target)).toHaveCount(1);
  }
  await page.locator('#step-storming .cites a', { hasText: '¶ 1' }).click();
  await expect(page.locator('#p1')).toBeInViewport();
});

test('the page asks no host but its own for anything', async ({ page, context, baseURL }) => {
  const foreign = await recordForeignRequests(context, baseURL!);
  await page.goto('/');
  await waitForStory(page);
  for (const id of stepIds) await page.locator(`#step-${id}`).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
