// The reader's finish: keyboard paths through the story and the map's explore view.
import { expect, test, type Page } from '@playwright/test';
import { storyInput } from '../../src/content/story';
import { activeStep, waitForStory } from './helpers';

const mapStepIds = storyInput.steps.filter((s) => s.panel.type === 'map').map((s) => s.id);
const lithium = 'lithium';

/** Where keyboard focus is: its step (if any), and whether it is the explore button. */
const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      step: el?.closest<HTMLElement>('.steps > .step')?.dataset.stepId ?? null,
      inCard: !!el?.closest('.card'),
      explore: !!el?.matches('.explore-open'),
      text: el?.textContent?.trim() ?? ''
    };
  });

async function openAt(page: Page, id: string) {
  await page.goto(`/#step-${id}`);
  await waitForStory(page);
  await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id);
}

/** On a phone (the test is skipped on wider screens): the story at the lithium step, with its
 * "Explore the map" button shown (the map must load first). The caller scrolls and taps. */
async function phoneExploreButton(page: Page) {
  test.skip(page.viewportSize()!.width >= 960, 'phone layout');
  test.setTimeout(120_000);
  await openAt(page, lithium);
  const open = page.locator(`#step-${lithium} .explore-open`);
  await expect(open).toBeVisible({ timeout: 60_000 });
  return open;
}

test('Tab from the active map step’s card reaches "Explore the map" next; closing gives focus back to it', async ({
  page
}) => {
  test.setTimeout(120_000);
  expect(mapStepIds).toContain(lithium);
  await openAt(page, lithium);
  const button = page.locator(`#step-${lithium} .explore-open`);
  await expect(button).toBeVisible({ timeout: 60_000 });
  // Start on the card's first link and Tab through it.
  await page.locator(`#step-${lithium} .card a`).first().focus();
  let info = await focusInfo(page);
  for (let presses = 0; presses < 30 && info.inCard; presses++) {
    await page.keyboard.press('Tab');
    info = await focusInfo(page);
  }
  expect(info, 'the first stop after the card').toMatchObject({ step: lithium, explore: true });

  await page.keyboard.press('Enter');
  await expect(page.locator('.stage-map .map-gl.exploring')).toBeVisible();
  await expect(page.locator('.stage-map .explore button')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.stage-map .map-gl.exploring')).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('focus moving into another step’s card makes that step active', async ({ page }) => {
  test.setTimeout(90_000);
  const ids = storyInput.steps.map((s) => s.id);
  const from = ids.indexOf('per-month');
  await openAt(page, ids[from]!);
  await page.locator(`#step-${ids[from]} .card a`).last().focus();
  // Tab forward until focus leaves this step; the step it lands in must become the active one.
  let info = await focusInfo(page);
  for (let presses = 0; presses < 30 && info.step === ids[from]; presses++) {
    await page.keyboard.press('Tab');
    info = await focusInfo(page);
  }
  expect(info.step).toBe(ids[from + 1]);
  await expect.poll(() => activeStep(page)).toBe(ids[from + 1]);
  // And it stays active after the scroll settles (the scroll observer agrees).
  await page.waitForTimeout(600);
  expect(await activeStep(page)).toBe(ids[from + 1]);
  // Backwards too.
  await page.keyboard.down('Shift');
  for (let presses = 0; presses < 30 && info.step !== ids[from]; presses++) {
    await page.keyboard.press('Tab');
    info = await focusInfo(page);
  }
  await page.keyboard.up('Shift');
  expect(info.step).toBe(ids[from]);
  await expect.poll(() => activeStep(page)).toBe(ids[from]);
  await page.waitForTimeout(600);
  expect(await activeStep(page)).toBe(ids[from]);
});

test('on a phone the explore view is the map alone: the page behind is inert and "Back to the story" is on top', async ({
  page
}) => {
  const open = await phoneExploreButton(page);
  await open.click();
  const back = page.getByRole('button', { name: 'Back to the story' });
  await expect(back).toBeVisible();
  // Nothing covers the close button, and the cards behind the map cannot be reached.
  const onTop = await back.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
  });
  expect(onTop).toBe(true);
  expect(await page.locator('.steps').evaluate((el) => !!el.closest('[inert]'))).toBe(true);
  await back.click();
  expect(await page.locator('.steps').evaluate((el) => !!el.closest('[inert]'))).toBe(false);
  await expect(open).toBeFocused();
});

test('on a phone, Back closes the explore view at the same step and scroll position; closing with the button leaves no stray entry', async ({
  page
}) => {
  const open = await phoneExploreButton(page);
  // The reader scrolls until the button is on screen (past the step's top, so "the same position"
  // is not simply the step's anchor), then taps it.
  await open.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy({ top: 40, behavior: 'instant' }));
  await page.waitForTimeout(400);
  expect(await activeStep(page)).toBe(lithium);
  const before = await page.evaluate(() => ({ y: Math.round(scrollY), entries: history.length, url: location.href }));

  await open.click();
  await expect(page.locator('.stage-map .map-gl.exploring')).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before.entries + 1);
  await page.goBack();
  await expect(page.locator('.stage-map .map-gl.exploring')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to the story' })).toHaveCount(0);
  await page.waitForTimeout(600);
  const after = await page.evaluate(() => ({ y: Math.round(scrollY), url: location.href }));
  expect(after.url).toBe(before.url);
  expect(Math.abs(after.y - before.y), `scrollY ${before.y} → ${after.y}`).toBeLessThanOrEqual(2);
  expect(await activeStep(page)).toBe(lithium);

  // Closing with the on-screen button takes back the entry it pushed: Back then leaves the explore
  // view's step for the previous page of the history, not for a stray copy of this one.
  await open.click();
  await expect(page.locator('.stage-map .map-gl.exploring')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the story' }).click();
  await expect(page.locator('.stage-map .map-gl.exploring')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => history.state?.['sveltekit:states']?.explore ?? false)).toBe(false);
  await page.waitForTimeout(400);
  expect(Math.abs((await page.evaluate(() => Math.round(scrollY))) - before.y)).toBeLessThanOrEqual(2);
  expect(await activeStep(page)).toBe(lithium);
});

test('the explore view’s zoom buttons zoom in, out and back to the step’s view; touch screens get the touch hint', async ({
  page
}) => {
  test.setTimeout(120_000);
  await openAt(page, lithium);
  const open = page.locator(`#step-${lithium} .explore-open`);
  await expect(open).toBeVisible({ timeout: 60_000 });
  await open.click();
  const panel = page.locator('.stage-map figure.map-panel');
  const zoom = async () => Number(await panel.getAttribute('data-map-zoom'));
  await expect(panel).toHaveAttribute('data-map-zoom', /\d/);
  const start = await zoom();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  // Keyboard reachable: focus it and press Enter.
  await zoomIn.focus();
  await page.keyboard.press('Enter');
  await expect.poll(zoom).toBeGreaterThan(start + 0.5);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(zoom).toBeLessThan(start - 0.5);
  await page.getByRole('button', { name: 'Reset the view' }).click();
  await expect.poll(zoom).toBeCloseTo(start, 1);

  const touch = await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches);
  const hint = page.locator('.stage-map .hint:visible');
  await expect(hint).toHaveCount(1);
  if (touch) {
    await expect(hint).toContainText('pinch');
    await expect(hint).not.toContainText('arrow keys');
  } else await expect(hint).toContainText('arrow keys');
});
