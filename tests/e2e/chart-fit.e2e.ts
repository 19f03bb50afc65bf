import { expect, test, type Page } from '@playwright/test';
import { storyInput } from '../../src/content/story';

// The stage's chart sizes itself to the room the stage really has: at a phone upright, a phone on
// its side, 200 % zoom (1280×800 → 640×400 CSS px) and a desktop, every chart step's drawing and
// its legend lie wholly inside the visible stage with a margin, its type is at least 12 px, and no
// two of its labels overlap (the short stages' dense layouts are drawn only live, so the image
// label test never sees them). Opening the data table (a dialog in the stage) moves nothing and
// leaves the page scrollable.
const chartSteps = storyInput.steps.filter((s) => s.panel.type === 'chart').map((s) => s.id);
const SIZES = [
  { name: 'phone 375×667', viewport: { width: 375, height: 667 }, scale: 2 },
  { name: 'phone landscape 844×390', viewport: { width: 844, height: 390 }, scale: 2 },
  { name: '200% zoom 640×400', viewport: { width: 640, height: 400 }, scale: 2 },
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, scale: 1 }
];

test.skip(({ isMobile }) => isMobile, 'sets its own viewports');

/** How far inside the visible stage the chart and its legend must stay (px). */
const MARGIN = 6;

/** Brings a chart step to the top of the page and waits for its live chart to settle. */
async function showChartStep(page: Page, id: string) {
  await page.evaluate((stepId) => document.getElementById(`step-${stepId}`)!.scrollIntoView({ block: 'start' }), id);
  // The step changes at the next rendered frame (the scroll observer's events), which a loaded run
  // held back for over 5 s (likely the GL map warming in software): this test measures the fit.
  await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id, { timeout: 15_000 });
  const chart = page.locator('.stage [data-chart]');
  await expect(chart).toHaveAttribute('data-chart-live', 'true');
  // Tweens and the panel's fade-in settle.
  await page.waitForTimeout(700);
  await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id);
  return chart;
}

/** Opens the story at a chart step (a deep link) with its live chart settled. */
async function openChartStep(page: Page, id: string) {
  await page.goto(`/#step-${id}`);
  await page.locator('.scrolly[data-ready="true"]').waitFor({ state: 'attached' });
  // What is measured here is the fit, not the deep link (tests/e2e/story.e2e.ts): under load the
  // page can still settle after the jump, so the step is brought to the top once more.
  return showChartStep(page, id);
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).boundingBox();
  expect(b, selector).not.toBeNull();
  return b!;
};

for (const { name, viewport, scale } of SIZES) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor: scale });

    // One page load per size, every chart step in turn (as a reader scrolls): a load per step
    // cost more than the checks. Soft checks, so one step's miss does not hide another's.
    test('every chart step: chart and legend wholly inside the visible stage, type ≥ 12 px, no label overlaps', async ({
      page
    }) => {
      test.setTimeout(120_000);
      await page.goto('/');
      await page.locator('.scrolly[data-ready="true"]').waitFor({ state: 'attached' });
      for (const id of chartSteps) {
        await showChartStep(page, id);
        const stage = await box(page, '.scrolly-stage');
        // Not borderline: at least MARGIN px clear of the visible stage's edges.
        const visible = {
          left: Math.max(0, stage.x) + MARGIN,
          top: Math.max(0, stage.y) + MARGIN,
          right: Math.min(viewport.width, stage.x + stage.width) - MARGIN,
          bottom: Math.min(viewport.height, stage.y + stage.height) - MARGIN
        };
        for (const selector of ['.stage [data-chart] svg[role="img"]', '.stage [data-chart] .legend']) {
          const b = await box(page, selector);
          const where = `${id}: ${selector} at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)} in ${JSON.stringify(visible)}`;
          expect.soft(b.x, where).toBeGreaterThanOrEqual(visible.left);
          expect.soft(b.y, where).toBeGreaterThanOrEqual(visible.top);
          expect.soft(b.x + b.width, where).toBeLessThanOrEqual(visible.right);
          expect.soft(b.y + b.height, where).toBeLessThanOrEqual(visible.bottom);
        }
        const smallest = await page.locator('.stage [data-chart] svg[role="img"]').evaluate((svg) => {
          const k = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return Math.min(
            ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k)
          );
        });
        expect.soft(smallest, `${id}: smallest type`).toBeGreaterThanOrEqual(11.9);
        const overlaps = await page.locator('.stage [data-chart] svg[role="img"]').evaluate((svg) => {
          // The page's face has a tall line box (ascent + descent ≈ 1.4 em), so each label is taken as
          // the band its glyphs fill, 0.8 em around the box's middle; widths are the real ones.
          const k = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const boxes = [...svg.querySelectorAll('text')]
            .filter((t) => (t.textContent ?? '').trim() !== '')
            .map((t) => {
              const b = t.getBoundingClientRect();
              const half = 0.4 * parseFloat(getComputedStyle(t).fontSize) * k;
              const mid = (b.top + b.bottom) / 2;
              return {
                text: (t.textContent ?? '').trim(),
                r: { left: b.left, right: b.right, top: mid - half, bottom: mid + half }
              };
            });
          const out: string[] = [];
          const pad = 1;
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!.r, boxes[j]!.r];
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (x > pad && y > pad) out.push(`“${boxes[i]!.text}” overlaps “${boxes[j]!.text}”`);
            }
          return out;
        });
        expect.soft(overlaps, `${id}: overlapping labels`).toEqual([]);
      }
    });
  });
}

// Slow network: the chart's image is in the stage before the live chart's chunk arrives. The room
// the live chart measures must be the stage's, not the image's (a 640 px image is taller than a
// phone on its side), or the drawing stays too tall for good.
test.describe('a live chart that arrives after its image', () => {
  test.use({ viewport: { width: 844, height: 390 }, deviceScaleFactor: 2 });
  test('losses-in-context still fits the short stage', async ({ page }) => {
    // Hold back the live chart's lazy chunk (the one script that draws a chart title) until the
    // image has been measured.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_app/immutable/**/*.js', async (route) => {
      const response = await route.fetch();
      if ((await response.text()).includes('chart-title')) await released;
      await route.fulfill({ response });
    });
    await page.goto('/#step-losses-in-context');
    await expect(page.locator('.stage [data-chart] img').filter({ visible: true })).toBeVisible({ timeout: 15_000 });
    // The image has its size: what the figure would grow to.
    await expect
      .poll(() =>
        page
          .locator('.stage [data-chart] img')
          .filter({ visible: true })
          .evaluate((i) => i.clientHeight)
      )
      .toBeGreaterThan(390);
    const chart = page.locator('.stage [data-chart]');
    await expect(chart).not.toHaveAttribute('data-chart-live', 'true');
    const stage = await box(page, '.scrolly-stage');
    const bottom = Math.min(390, stage.y + stage.height);
    // While the image is shown, the figure (whose height is the room the live chart will measure)
    // stays the stage's height rather than growing to the image's.
    const figure = await box(page, '.stage [data-chart]');
    expect(figure.y + figure.height, 'the figure while its image is shown').toBeLessThanOrEqual(bottom);
    release();
    await expect(chart).toHaveAttribute('data-chart-live', 'true', { timeout: 15_000 });
    await page.waitForTimeout(700);
    for (const selector of ['.stage [data-chart] svg[role="img"]', '.stage [data-chart] .legend']) {
      const b = await box(page, selector);
      expect(b.y + b.height, selector).toBeLessThanOrEqual(bottom - MARGIN);
    }
  });
});

test.describe('the data table in the stage', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const id of ['losses-in-context', 'shells-drop']) {
    test(`${id}: opens as a dialog, the chart box stays put, Escape closes it, the page still scrolls`, async ({
      page
    }) => {
      const chart = await openChartStep(page, id);
      const before = await box(page, '.stage [data-chart] svg[role="img"]');
      const open = chart.locator('.open-table');
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = chart.locator('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('table')).toBeVisible();
      expect(await box(page, '.stage [data-chart] svg[role="img"]')).toEqual(before);
      // Wide tables scroll sideways in their own box, never up and down (that would catch the wheel).
      expect(await dialog.locator('.scroll').evaluate((el) => getComputedStyle(el).overflowY)).toBe('hidden');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();
      expect(await box(page, '.stage [data-chart] svg[role="img"]')).toEqual(before);
      const y = await page.evaluate(() => window.scrollY);
      await page.mouse.move(640, 400);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y);
    });
  }
});

test.describe('presenter mode at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const id of ['losses-in-context', 'per-month']) {
    test(`${id}: chart type is at least 18 px`, async ({ page }) => {
      await page.goto(`/present/#step-${id}`);
      await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
      const svg = page.locator('[data-chart][data-chart-live="true"] svg[role="img"]');
      await expect(svg).toBeVisible();
      await page.waitForTimeout(500);
      const smallest = await svg.evaluate((el) => {
        const k = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k));
      });
      expect(smallest).toBeGreaterThanOrEqual(17.9);
    });
  }
});
