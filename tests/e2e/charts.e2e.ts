import { axe } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Panel } from '../../src/content/schema';
import { storyInput } from '../../src/content/story';
import { figures } from '../../src/lib/charts/chart-data';
import { tableFor } from '../../src/lib/charts/table';
import { waitForStageSettled } from './helpers';

type ChartPanel = Extract<Panel, { type: 'chart' }>;
const chartSteps = storyInput.steps.flatMap((s) =>
  s.panel.type === 'chart' ? [{ id: s.id, panel: s.panel as ChartPanel }] : []
);

/** Rows of the table twin as [figure id, figure text]: what the reader sees, in order. */
async function tableRows(chart: Locator): Promise<string[][]> {
  return chart
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.figure ?? '', r.querySelector('.figure')?.textContent?.trim() ?? ''])
    );
}

/** The same rows computed from the records in node: the table must show the data, not a copy of it. */
const expectedRows = (panel: ChartPanel) =>
  tableFor({ chart: panel.chart, highlight: panel.highlight, showContext: panel.showContext }, figures).rows.map(
    (r) => [r.id, r.figure]
  );

async function openStep(page: Page, id: string): Promise<Locator> {
  await page.goto(`/#step-${id}`);
  await page.locator('.scrolly[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id);
  // On the phone layout the observer can re-sync shortly after a deep link; let it settle so a
  // flip shows up here, as a wrong step, rather than later as a missing chart. (Only there: on
  // desktop the second look cost a second per chart step for nothing.)
  if (test.info().project.name === 'phone') {
    await page.waitForTimeout(1000);
    await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id);
  }
  return page.locator('.stage [data-chart]');
}

test('the story has chart steps for every chart', () => {
  expect(new Set(chartSteps.map((s) => s.panel.chart))).toEqual(
    new Set(['losses', 'durations', 'per-month', 'shells'])
  );
});

for (const { id, panel } of chartSteps) {
  const state = [panel.chart, panel.highlight && `${panel.highlight} highlighted`, panel.showContext && 'with context']
    .filter(Boolean)
    .join(', ');
  test(`step ${id}: the stage shows ${state}; table twin and axe`, async ({ page }) => {
    const chart = await openStep(page, id);
    await expect(chart).toHaveAttribute('data-chart', panel.chart);
    if (panel.highlight) await expect(chart).toHaveAttribute('data-highlight', panel.highlight);
    else await expect(chart).not.toHaveAttribute('data-highlight');
    await expect(chart).toHaveAttribute('data-show-context', panel.showContext ? 'true' : 'false');
    // The prerendered image gives way to the live chart (lazy chunk) at the stage's exact width.
    await expect(chart).toHaveAttribute('data-chart-live', 'true');
    await expect(chart.locator('img')).toHaveCount(0);
    await expect(chart.getByRole('img')).toHaveAccessibleName(panel.alt);
    if (panel.chart === 'per-month') {
      // Derived figures (our arithmetic) must look different from the article's: hatched, not solid.
      const fills = await chart.locator('.bar').evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).fill));
      expect(fills.length).toBeGreaterThan(0);
      for (const fill of fills) expect(fill).toMatch(/^url\(/);
    }

    // The twin holds this state's rows (read before any layout change: opening the table resizes
    // the stage, and the story engine may then re-sync the active step).
    expect(await tableRows(chart)).toEqual(expectedRows(panel));
    if (panel.highlight) {
      await expect(chart.locator('tbody tr.highlighted').first()).toHaveAttribute(
        'data-figure',
        `claim-${panel.highlight}-losses`
      );
    }

    // Closed once hydrated; opens on request, from the keyboard. On the phone layout the cards
    // cover the stage, so the table twin is the one in the step's card and the stage's is hidden.
    const phone = test.info().project.name === 'phone';
    const twin = phone ? page.locator(`#step-${id} .data-table`) : chart.locator('.data-table');
    if (phone) await expect(chart.locator('summary')).toBeHidden();
    const table = twin.locator('table');
    await expect(table).toBeHidden();
    // In the desktop stage the table opens as a dialog (the stage's layout never changes).
    await twin.locator(phone ? 'summary' : '.open-table').focus();
    await page.keyboard.press('Enter');
    await expect(table).toBeVisible();
    expect(await tableRows(twin)).toEqual(expectedRows(panel));
    await expect(page.locator('.stage')).toHaveAttribute('data-active-step', id);

    // Scoped to the chart: the page-wide audit is tests/e2e/a11y.e2e.ts, and a whole-page run with
    // every step's in-flow chart and table takes most of a minute on two cores.
    await waitForStageSettled(page, id);
    const results = await axe(page).include('.stage [data-chart]').include(`#step-${id} .data-table`).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('consecutive steps on one chart keep one instance, so the change animates', async ({ page }) => {
  await openStep(page, 'bakhmut-losses');
  await page.evaluate(
    () => ((window as unknown as { __chart: Element }).__chart = document.querySelector('.stage [data-chart]')!)
  );
  await page.goto('/#step-avdiivka-losses');
  await expect(page.locator('.stage [data-chart]')).toHaveAttribute('data-highlight', 'avdiivka');
  const same = await page.evaluate(
    () => (window as unknown as { __chart: Element }).__chart === document.querySelector('.stage [data-chart]')
  );
  expect(same).toBe(true);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart step shows one prerendered chart image, described, and an open table with the same numbers', async ({
    page
  }) => {
    await page.goto('/');
    for (const { id, panel } of chartSteps) {
      const chart = page.locator(`#step-${id} [data-chart]`);
      await expect(chart).toHaveAttribute('data-chart', panel.chart);
      const image = chart.locator('img:visible');
      await expect(image, id).toHaveCount(1);
      // Its text alternative: the step's alt as its name, the generated description of the numbers drawn as its description.
      await expect(image, id).toHaveAccessibleName(panel.alt);
      await expect(image, id).toHaveAccessibleDescription(/.{40,}/);
      await expect(image, id).toHaveJSProperty('complete', true);
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth), id).toBeGreaterThan(0);
      await expect(chart.locator('table'), id).toBeVisible();
      expect(await tableRows(chart), id).toEqual(expectedRows(panel));
    }
  });
});

// Every size of every image is fetched, whichever one the width shows: once is enough.
test(
  'every chart image is a well-formed SVG file with its marks and both colour schemes',
  { tag: '@width-independent' },
  async ({ page }) => {
    await page.goto('/');
    const sources = [
      ...new Set(
        await page.locator('[data-chart] img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src))
      )
    ];
    expect(sources.length).toBeGreaterThanOrEqual(chartSteps.length);
    for (const src of sources) {
      const response = await page.request.get(src);
      expect(response.headers()['content-type'], src).toContain('image/svg+xml');
      const text = await response.text();
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          marks: doc.querySelectorAll('rect, circle, path, line').length
        };
      }, text);
      expect(parsed.error, src).toBeNull();
      expect(parsed.marks, src).toBeGreaterThan(5);
      expect(text, src).toContain('prefers-color-scheme: dark');
    }
  }
);
