// Finding your way: the reading-progress bar and the "Sections" menu.
import { expect, test } from '@playwright/test';
import article from '../../data/processed/article.json' with { type: 'json' };
import { waitForAnimationsSettled, waitForStory } from './helpers';

const headings = article.blocks.filter((b) => b.type === 'heading').map((b) => b.text);

test('the Sections menu opens by keyboard, lists the article’s sections, and jumps to one', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForStory(page);
  const summary = page.locator('.wayfinding summary');
  // Reach it by Tab from the top of the page (skip link first).
  let reached = false;
  for (let presses = 0; presses < 5 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await summary.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the Sections button is among the first Tab stops').toBe(true);
  await page.keyboard.press('Enter');
  const links = page.locator('.wayfinding ol a');
  await expect(links.first()).toBeVisible();
  const labels = (await links.allTextContents()).map((t) => t.trim());
  expect(labels).toHaveLength(8);
  expect(labels.slice(1, 5)).toEqual(headings);
  expect(labels.slice(-2)).toEqual(['Original article', 'About this explainer']);
  // Esc closes it and gives focus back.
  await page.keyboard.press('Escape');
  await expect(links.first()).toBeHidden();
  await expect(summary).toBeFocused();

  // Open again, Tab to the third section, Enter: the page goes there and the step follows.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(links.nth(3)).toBeFocused();
  const href = await links.nth(3).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(links.first()).toBeHidden();
  const id = href!.replace('#step-', '');
  await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id);
  // Its card shows the article's own heading, larger than the card's text.
  const heading = page.locator(`#step-${id} .card h3.section`);
  await expect(heading).toContainText(headings[2]!);
  const [hSize, bodySize] = await page.evaluate((sel) => {
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    return [size(document.querySelector(`${sel} h3.section`)!), size(document.querySelector(`${sel} .claim`)!)];
  }, `#step-${id} .card`);
  expect(hSize).toBeGreaterThan(bodySize);
  const top = await page.locator(`#step-${id}`).evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(page.viewportSize()!.height / 2);
});

test('the reading-progress bar advances as the reader scrolls', async ({ page }) => {
  await page.goto('/');
  await waitForStory(page);
  // After the story's hand-over from the in-flow panels (which may move the page by a card).
  await waitForAnimationsSettled(page);
  await page.waitForTimeout(500);
  const bar = page.locator('.progress .bar');
  const width = () => bar.evaluate((el) => el.getBoundingClientRect().width);
  const full = await page.locator('.progress').evaluate((el) => el.getBoundingClientRect().width);
  expect(await width()).toBeLessThan(full * 0.02);
  const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), Math.round(room * 0.4));
  await expect.poll(width).toBeGreaterThan(full * 0.35);
  expect(await width()).toBeLessThan(full * 0.45);
  await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), room);
  await expect.poll(width).toBeGreaterThan(full * 0.98);
});

test('the byline names the explainer’s authors and its published and updated dates; the teachers’ links do not wrap inside', async ({
  page
}) => {
  await page.goto('/');
  const byline = page.locator('.story-header .byline');
  await expect(byline).toContainText(/^By /);
  await expect(byline.locator('time')).toHaveCount(2);
  const [published, updated] = await byline
    .locator('time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(published! <= updated!).toBe(true);
  // Each "For teachers" link sits on one line (its box one line high), and the links line up.
  const boxes = await page.locator('.classroom a').evaluateAll((els) =>
    els.map((el) => ({
      rects: el.getClientRects().length,
      left: el.getBoundingClientRect().left,
      top: el.getBoundingClientRect().top
    }))
  );
  // Presenter mode, handout, worksheet.
  expect(boxes).toHaveLength(3);
  for (const box of boxes) expect(box.rects).toBe(1);
  // Links that wrap to a new row start where the first one does.
  for (const box of boxes.slice(1)) {
    if (box.top !== boxes[0]!.top) expect(Math.abs(box.left - boxes[0]!.left)).toBeLessThan(1);
  }
});
