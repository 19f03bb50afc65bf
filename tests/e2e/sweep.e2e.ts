import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stepIds } from './helpers';

// The accessibility sweep (its own Playwright project, so each width is set here): every route
// at the five widths newsrooms preview embeds at, plus reduced motion and forced colours.

const WIDTHS = [330, 510, 660, 930, 1200];

/** Every prerendered route, with one representative per family of standalone embeds. */
function routes(): string[] {
  const found: string[] = [];
  const walk = (dir: string, route: string) => {
    if (existsSync(join(dir, 'index.html'))) found.push(route);
    for (const name of readdirSync(dir)) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${route}${name}/`);
    }
  };
  walk('build', '/');
  const seenFamilies = new Set<string>();
  return found.sort().filter((route) => {
    if (!route.startsWith('/embed/') || route === '/embed/') return true;
    const family = route.split('/').slice(0, 3).join('/'); // /embed/chart, /embed/map
    if (seenFamilies.has(family)) return false;
    seenFamilies.add(family);
    return true;
  });
}

const violationsOf = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

for (const route of routes()) {
  test(`axe: ${route} at ${WIDTHS.join(', ')} px, reduced motion and forced colours`, async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      expect(await violationsOf(page), `${route} at ${width}px`).toEqual([]);
    }
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    expect(await violationsOf(page), `${route} with forced colours`).toEqual([]);
  });
}

test('a keyboard-only walk through the story reaches every step and the map explore control', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/');
  const reachedSteps = new Set<string>();
  let reachedExplore = false;
  for (let i = 0; i < 600 && !(reachedSteps.size === stepIds.length && reachedExplore); i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { step: el?.closest('.step')?.getAttribute('data-step-id') ?? null, text: el?.textContent ?? '', visible: !!el && el.getBoundingClientRect().height > 0 };
    });
    if (focused.step && focused.visible) reachedSteps.add(focused.step);
    if (/Explore the map/i.test(focused.text)) reachedExplore = true;
  }
  expect([...reachedSteps].sort()).toEqual([...stepIds].sort());
  expect(reachedExplore).toBe(true);
});
