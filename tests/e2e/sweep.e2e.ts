import { axe } from './axe';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stepIds, waitForAnimationsSettled } from './helpers';

// The accessibility sweep (its own Playwright project, so each width is set here): the story and
// every embed at the five widths newsrooms preview embeds at, the other routes at the outer two,
// each plus reduced motion and forced colours.

const WIDTHS = [330, 510, 660, 930, 1200];
/** The story and the embeds are audited at every width. The pages no newsroom embeds (handout,
 * worksheet, embed codes, presenter, share pages) are audited at the narrowest and widest only:
 * their own e2e suites cover their layouts, and at five widths they took 153 of the sweep's 323 s
 * (the CI run of 2026-12-03). */
const atEveryWidth = (route: string) => route === '/' || route.startsWith('/embed/');
const widthsOf = (route: string) => (atEveryWidth(route) ? WIDTHS : [WIDTHS[0]!, WIDTHS.at(-1)!]);

// Six axe passes over a long page take minutes on a 2-core machine.
test.describe.configure({ timeout: 300_000 });

/** Every prerendered route, with one representative per family of standalone embeds and one
 * step share page (all 24 are one template, and with JS each sends the reader on to the story). */
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
  // /embed/chart/…, /embed/map/… and /step/… are families of pages from one template each.
  const familyOf = (route: string) =>
    route.startsWith('/step/')
      ? '/step/'
      : route.startsWith('/embed/') && route !== '/embed/'
        ? route.split('/').slice(0, 3).join('/')
        : undefined;
  const seenFamilies = new Set<string>();
  return found.sort().filter((route) => {
    const family = familyOf(route);
    if (!family) return true;
    if (seenFamilies.has(family)) return false;
    seenFamilies.add(family);
    return true;
  });
}

const violationsOf = async (page: import('@playwright/test').Page) => {
  await waitForAnimationsSettled(page);
  return (await axe(page).analyze()).violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`
  );
};

// One test per route, its widths in turn in one browser context: as one test per width (tried), each
// load started with a cold cache and the sweep's summed time went up, not down. The sweep is the first
// project (playwright.config.ts), so these long tests start first rather than finish the run alone.
// A step share page sends a reader with JavaScript on to the story at that step (location.replace),
// so with its scripts the sweep would check the story a second time (`/` covers it); what only the
// share page shows, it shows without them, and that is what is checked. Its scripts are held back
// rather than JavaScript turned off: axe itself needs JavaScript and timers.
const sendsReaderOn = (route: string) => route.startsWith('/step/');

for (const route of routes()) {
  const scripts = sendsReaderOn(route) ? ' without its scripts' : '';
  test(`axe: ${route}${scripts} at ${widthsOf(route).join(', ')} px, reduced motion and forced colours`, async ({
    page
  }) => {
    if (sendsReaderOn(route)) await page.route('**/_app/immutable/**/*.js', (request) => request.abort());
    for (const width of widthsOf(route)) {
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
  // The Explore buttons come with the live map (explore.ready), whose first start takes seconds in
  // software here. A walk at machine speed could pass every map step before that (it did, twice,
  // under load); a reader tabbing at human speed meets a ready map, so the walk starts with one:
  // the first map step is scrolled to (which starts the map) and the page back to the top.
  const firstMapStep = await page.locator('.step:has(.map-panel)').first().getAttribute('data-step-id');
  await page.evaluate((id) => document.getElementById(`step-${id}`)!.scrollIntoView(), firstMapStep);
  await expect(page.locator('button.explore-open').first()).toBeAttached({ timeout: 45_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  // What has focus after each Tab, noted by the page itself on the key's release (the focus moves on
  // key down), so the test asks the page once per 20 presses rather than once per press.
  await page.evaluate(() => {
    const w = window as unknown as { __walk: { steps: Set<string>; explore: boolean } };
    w.__walk = { steps: new Set(), explore: false };
    addEventListener(
      'keyup',
      (e) => {
        if (e.key !== 'Tab') return;
        const el = document.activeElement as HTMLElement | null;
        const step = el?.closest('.step')?.getAttribute('data-step-id');
        if (step && el!.getBoundingClientRect().height > 0) w.__walk.steps.add(step);
        if (/Explore the map/i.test(el?.textContent ?? '')) w.__walk.explore = true;
      },
      true
    );
  });
  const walked = () =>
    page.evaluate(() => {
      const { steps, explore } = (window as unknown as { __walk: { steps: Set<string>; explore: boolean } }).__walk;
      return { steps: [...steps], explore };
    });
  let seen = await walked();
  for (let i = 0; i < 600 && !(seen.steps.length === stepIds.length && seen.explore); i += 20) {
    for (let j = 0; j < 20; j++) await page.keyboard.press('Tab');
    seen = await walked();
  }
  expect(seen.steps.sort()).toEqual([...stepIds].sort());
  expect(seen.explore).toBe(true);
});
