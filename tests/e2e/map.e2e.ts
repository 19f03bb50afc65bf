import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { MAP_PRESETS } from '../../src/content/map-presets';
import { storyInput } from '../../src/content/story';
import { cameraFor, fitFrame } from '../../src/lib/map/camera';
import type { GlLabels } from '../../src/lib/map/label-features';
import { FRAME_LAYOUT, frameFor, STATIC_FRAMES, staticMapFile } from '../../src/lib/model/map-file';
import { distinctColours, withoutWebGL } from './helpers';

const mapSteps = storyInput.steps.flatMap((s) =>
  s.panel.type === 'map' ? [{ id: s.id, preset: s.panel.preset, layers: s.panel.layers, alt: s.panel.alt }] : []
);
type MapStep = (typeof mapSteps)[number];
type Box = { width: number; height: number };
const LOCAL = new Set(['127.0.0.1', 'localhost']);
const stageMap = (page: Page) => page.locator('.stage-map figure.map-panel');

/** Scrolls a map step to the top and waits for the stage's live map to reach its preset and be ready. */
async function openMapStep(page: Page, step: MapStep) {
  await page.evaluate((id) => document.getElementById(`step-${id}`)!.scrollIntoView({ block: 'start' }), step.id);
  await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', step.id);
  const panel = stageMap(page);
  await expect(panel).toHaveAttribute('data-map-state', step.preset);
  await expect(panel).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  return panel;
}

/** The live map shows the frame the image in this box shows, fitted the same way, and has drawn it. */
async function expectPresetDrawn(page: Page, panel: Locator, step: MapStep, box: Box) {
  const frame = frameFor(box.width);
  const framed = cameraFor(MAP_PRESETS[step.preset], STATIC_FRAMES[frame], FRAME_LAYOUT[frame]);
  const want = fitFrame(framed, STATIC_FRAMES[frame], { width: box.width, height: box.height }).camera;
  await expect
    .poll(
      async () => {
        const [lng, lat] = ((await panel.getAttribute('data-map-center')) ?? 'NaN,NaN').split(',').map(Number);
        const zoom = Number(await panel.getAttribute('data-map-zoom'));
        return (
          Math.abs(lng! - want.center[0]) < 0.02 &&
          Math.abs(lat! - want.center[1]) < 0.02 &&
          Math.abs(zoom - want.zoom) < 0.1
        );
      },
      { message: `${step.id}: camera at ${step.preset}`, timeout: 15_000 }
    )
    .toBe(true);
  expect(
    await distinctColours(page, page.locator('.stage-map .map-gl canvas')),
    `${step.id}: canvas drawn`
  ).toBeGreaterThan(8);
}

/** After idle MapLibre has drawn the planned labels, the subject among them, and the image of that frame the same texts. */
async function expectPlannedLabels(panel: Locator, step: MapStep, box: Box, request: APIRequestContext) {
  const state = { preset: step.preset, layers: step.layers, frame: frameFor(box.width) };
  const plan = (await (await request.get(`/maps/${staticMapFile(state, 'json')}`)).json()) as GlLabels;
  const planned = plan.collection.features.map((f) => f.properties.key).sort();
  const subject = MAP_PRESETS[step.preset].subjects[0]!;
  // data-map-labels: queryRenderedFeatures on the label layer after idle (MapGL.svelte).
  await expect
    .poll(async () => ((await panel.getAttribute('data-map-labels')) ?? '').split(' ').filter(Boolean).sort(), {
      message: `${step.id}: GL labels`,
      timeout: 15_000
    })
    .toEqual(planned);
  expect(
    planned.some((k) => k.endsWith(`:${subject}`)),
    `${step.id}: ${subject} labelled`
  ).toBe(true);
  // The image of that frame draws the same label texts.
  const svg = await (await request.get(`/maps/${staticMapFile(state)}`)).text();
  const imageTexts = [...svg.matchAll(/<text[^>]*><tspan[^>]*>([^<]*)<\/tspan>/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&').replaceAll('&#39;', "'"))
    .sort();
  expect(imageTexts, `${step.id}: image labels`).toEqual(plan.collection.features.map((f) => f.properties.l1).sort());
}

/** Close-ups show their scale bar and inset over the live map, fitted like the image; every map has a legible key. */
async function expectOverlayAndKey(page: Page, panel: Locator, step: MapStep, request: APIRequestContext) {
  const closeup = MAP_PRESETS[step.preset].kind === 'closeup';
  // The overlay image of the frame in use, laid over the canvas exactly as the map image is.
  const overlay = panel.locator('[data-map-overlay] img').filter({ visible: true });
  await expect(overlay, `${step.id}: one overlay image`).toHaveCount(1);
  const mapBox = (await panel.locator('[data-map-static] img').filter({ visible: true }).boundingBox())!;
  expect((await overlay.boundingBox())!, `${step.id}: overlay fitted like the image`).toEqual(mapBox);
  const svg = await (await request.get(new URL((await overlay.getAttribute('src'))!, page.url()).href)).text();
  expect(svg.includes('class="scale-bar"'), `${step.id}: scale bar`).toBe(closeup);
  expect(svg.includes('class="inset"'), `${step.id}: inset`).toBe(closeup);
  // The key under the map: one entry per symbol, legible (12 px or more).
  const items = panel.locator('[data-map-legend] li');
  expect(await items.count(), `${step.id}: key`).toBeGreaterThan(0);
  const size = await items.first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
  expect(size).toBeGreaterThanOrEqual(12);
}

// One walk through the map steps per project checks all that each step's live map must show: three
// walks (one per check, tried) cost two extra GL starts and seven map renders each in software.
test('each map step reaches its preset, draws its planned labels, overlay and key, warns of nothing, and loads nothing from other hosts', async ({
  page,
  context,
  request
}) => {
  test.setTimeout(240_000);
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL.has(url.hostname)) return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  // MapLibre reports a style value it cannot use on the console and carries on with a default
  // (a label's offset once fell back to 0,0 so, silently): any such message fails the walk.
  const styleWarnings: string[] = [];
  page.on('console', (message) => {
    if (/layers\.|layers\[|Expected value/.test(message.text())) styleWarnings.push(message.text());
  });
  await page.goto('/');
  await expect(page.locator('.scrolly[data-ready="true"]')).toBeVisible({ timeout: 30_000 });

  for (const step of mapSteps) {
    const panel = await openMapStep(page, step);
    // The live map's box: which frame it shows and how that frame is fitted.
    const box = (await page.locator('.stage-map .map-gl').boundingBox())!;
    await expectPresetDrawn(page, panel, step, box);
    await expectPlannedLabels(panel, step, box, request);
    await expectOverlayAndKey(page, panel, step, request);
  }
  expect(foreign).toEqual([]);
  expect(styleWarnings).toEqual([]);
});

test('wheel scrolling over the map scrolls the page', async ({ page }) => {
  test.setTimeout(120_000);
  const step = mapSteps.find((s) => s.preset === 'lithium')!;
  await page.goto(`/#step-${step.id}`);
  await expect(stageMap(page)).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  const box = (await page.locator('.stage-map .map-gl').boundingBox())!;
  // Near the top of the map, above where the phone text cards sit.
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(80, box.height / 4);
  // On phones the step list lies over the whole stage, so the wheel lands on it either way;
  // on desktop the point must really be the map.
  const onMap = await page.evaluate(
    ([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('.scrolly-stage'),
    [x, y]
  );
  if (page.viewportSize()!.width >= 960) expect(onMap).toBe(true);
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 200);
});

test('"Explore the map" enables the map and "Back to the story" returns to the preset', async ({ page }) => {
  test.setTimeout(120_000);
  // The story's opener sits right after the active map step's card (in the tab order after it).
  const step = mapSteps.find((s) => s.preset === 'pokrovsk-closeup')!;
  await page.goto(`/#step-${step.id}`);
  const panel = stageMap(page);
  await expect(panel).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await page.locator(`#step-${step.id}`).getByRole('button', { name: 'Explore the map' }).click();
  await expect(page.locator('.stage-map .map-gl canvas')).toHaveAttribute('tabindex', '0');
  const before = Number(await panel.getAttribute('data-map-zoom'));
  await page.locator('.stage-map .map-gl canvas').focus();
  await page.keyboard.press('Equal'); // keyboard zoom in (MapLibre's "+" / "=" binding)
  await expect.poll(async () => Number(await panel.getAttribute('data-map-zoom'))).toBeGreaterThan(before + 0.5);
  await panel.getByRole('button', { name: 'Back to the story' }).click();
  await expect(page.locator(`#step-${step.id}`).getByRole('button', { name: 'Explore the map' })).toBeVisible();
  await expect(page.locator('.stage-map .map-gl canvas')).toHaveAttribute('tabindex', '-1');
});

test.describe('fallback SVG', () => {
  test('is in the page with JavaScript off, one per map step, with its text alternative', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    for (const step of mapSteps) {
      const img = page.locator(`#step-${step.id} [data-map-static="${step.preset}"]`);
      await expect(img).toBeVisible();
      await expect(img).toHaveAttribute('role', 'img');
      await expect(img).toHaveAttribute('aria-label', step.alt);
      const picture = img.locator('img:visible');
      await expect(picture).toHaveJSProperty('complete', true);
      expect(await picture.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
      const svg = await (await page.request.get(new URL((await picture.getAttribute('src'))!, page.url()).href)).text();
      expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThan(3);
    }
    await expect(page.getByText('shows places, not the front line').first()).toBeVisible();
    await context.close();
  });

  test('stays when WebGL is unavailable, and maplibre is never loaded', async ({ page }) => {
    await withoutWebGL(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    const step = mapSteps[0]!;
    await page.goto(`/#step-${step.id}`);
    const panel = stageMap(page);
    await expect(panel).toHaveAttribute('data-map-failed', 'true');
    await expect(panel).toHaveAttribute('data-map-state', step.preset);
    await expect(panel.locator('[data-map-static] img:visible')).toBeVisible();
    await expect(panel.getByText('© Мінрегіон')).toBeVisible();
    expect(scripts.filter((u) => /maplibre/i.test(u))).toEqual([]);
  });
});
