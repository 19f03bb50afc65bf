import { axe } from './axe';
import { expect, test } from '@playwright/test';
import { waitForStageSettled, waitForStory } from './helpers';

// What changes from step to step is the stage and the step's card, so that is what is audited
// here; the whole page is audited by the sweep (tests/e2e/sweep.e2e.ts) and, in dark mode, below.
// The first step ('intro') is not in this list: the sweep audits the whole page as it opens, on
// that step, at phone and desktop widths.
const STEPS_TO_CHECK = ['where', 'asymmetry', 'pokrovsk-losses', 'mine', 'aid-requests'];
for (const step of STEPS_TO_CHECK) {
  test(`axe reports no violations at step ${step}`, async ({ page }) => {
    await page.goto(`/#step-${step}`);
    await waitForStory(page);
    await waitForStageSettled(page, step);
    const results = await axe(page).include('.scrolly-stage').include(`#step-${step}`).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('axe reports no violations under reduced motion and dark mode', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
  await page.goto('/#step-bakhmut-losses');
  await waitForStory(page);
  await waitForStageSettled(page, 'bakhmut-losses');
  const results = await axe(page).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('landmarks and headings are in place', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Original article' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'About this explainer' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
});
