import { expect, test, type Locator, type Page } from '@playwright/test';
import { MAP_PRESETS } from '../../src/content/map-presets';
import { storyInput } from '../../src/content/story';
import { cameraFor, layoutFor } from '../../src/lib/map/camera';

const mapSteps = storyInput.steps.flatMap((s) =>
  s.panel.type === 'map' ? [{ id: s.id, preset: s.panel.preset, alt: s.panel.alt }] : []
);
const LOCAL = new Set(['127.0.0.1', 'localhost']);
const stageMap = (page: Page) => page.locator('.stage-map figure.map-panel');

/** Counts colours in an element screenshot, decoded in the page (no PNG library needed). */
async function distinctColours(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 16) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png);
}

test('each map step reaches its preset, draws a non-blank map, and loads nothing from other hosts', async ({ page, context }) => {
  test.setTimeout(240_000);
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL.has(url.hostname)) return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  await page.goto('/');
  await expect(page.locator('.scrolly[data-ready="true"]')).toBeVisible({ timeout: 30_000 });

  for (const step of mapSteps) {
    await page.evaluate((id) => document.getElementById(`step-${id}`)!.scrollIntoView({ block: 'start' }), step.id);
    await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', step.id);
    const panel = stageMap(page);
    await expect(panel).toHaveAttribute('data-map-state', step.preset);
    await expect(panel).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });

    const box = (await page.locator('.stage-map .map-gl').boundingBox())!;
    const viewport = page.viewportSize()!;
    const want = cameraFor(MAP_PRESETS[step.preset], { width: box.width, height: box.height }, layoutFor(viewport.width));
    await expect
      .poll(async () => {
        const [lng, lat] = ((await panel.getAttribute('data-map-center')) ?? 'NaN,NaN').split(',').map(Number);
        const zoom = Number(await panel.getAttribute('data-map-zoom'));
        return Math.abs(lng! - want.center[0]) < 0.02 && Math.abs(lat! - want.center[1]) < 0.02 && Math.abs(zoom - want.zoom) < 0.1;
      }, { message: `${step.id}: camera at ${step.preset}`, timeout: 15_000 })
      .toBe(true);
    expect(await distinctColours(page, page.locator('.stage-map .map-gl canvas')), `${step.id}: canvas drawn`).toBeGreaterThan(8);
  }
  expect(foreign).toEqual([]);
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
  const onMap = await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('.scrolly-stage'), [x, y]);
  if (page.viewportSize()!.width >= 960) expect(onMap).toBe(true);
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 200);
});

test('"Explore the map" enables the map and "Back to the story" returns to the preset', async ({ page }) => {
  test.setTimeout(120_000);
  // Known gap: in the phone layout the step list (z-index 1) covers the whole stage, so the
  // button cannot be clicked. Needs a pointer-events change in Scrolly.svelte (lead's file).
  const step = mapSteps.find((s) => s.preset === 'pokrovsk-closeup')!;
  await page.goto(`/#step-${step.id}`);
  const panel = stageMap(page);
  await expect(panel).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Explore the map' }).click();
  await expect(page.locator('.stage-map .map-gl canvas')).toHaveAttribute('tabindex', '0');
  const before = Number(await panel.getAttribute('data-map-zoom'));
  await page.locator('.stage-map .map-gl canvas').focus();
  await page.keyboard.press('Equal'); // keyboard zoom in (MapLibre's "+" / "=" binding)
  await expect.poll(async () => Number(await panel.getAttribute('data-map-zoom'))).toBeGreaterThan(before + 0.5);
  await panel.getByRole('button', { name: 'Back to the story' }).click();
  await expect(panel.getByRole('button', { name: 'Explore the map' })).toBeVisible();
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
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
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
