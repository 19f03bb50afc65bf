// Screenshots of every map step (live map after its first idle, and the static image alone)
// at phone and desktop widths, light and dark. Usage (preview running):
//   BASE_URL=http://127.0.0.1:4411 OUT=/tmp/shots node scripts/map-shots.mjs [step-id ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromeFlags, requireChrome } from '../chrome.config.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const out = process.env.OUT ?? 'artifacts/maps';
const steps = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['where', 'storming', 'withdrawal', 'mine', 'lithium', 'square-kilometre'];
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeFlags });
for (const scheme of ['light', 'dark']) {
  for (const width of widths) {
    const height = width >= 1920 ? 1080 : width >= 960 ? 800 : 812;
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    for (const step of steps) {
      await page.goto(`${base}/#step-${step}`, { waitUntil: 'networkidle' });
      await page
        .locator('.stage-map figure.map-panel[data-map-ready="true"]')
        .waitFor({ timeout: 60_000 })
        .catch(() => console.log('not ready', step));
      await page.waitForTimeout(1500);
      const file = `${out}/${step}-${width}-${scheme}.png`;
      await page.screenshot({ path: file });
      // The map alone (as between two cards), live and then the static image it replaced.
      const hide = await page.addStyleTag({ content: '.steps{visibility:hidden}' });
      await page.screenshot({ path: file.replace('.png', '-map.png') });
      const gl = await page.addStyleTag({ content: '.stage-map .map-gl{visibility:hidden}' });
      await page.screenshot({ path: file.replace('.png', '-static.png') });
      await gl.evaluate((n) => n.remove());
      await hide.evaluate((n) => n.remove());
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
