// Takes reader's-eye screenshots of the built site at phone and desktop widths.
// Usage: npm run build && (npm run preview &) && node scripts/screenshots.mjs [path] [step-id ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromeFlags, requireChrome } from '../chrome.config.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const [path = '/', ...steps] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeFlags });
mkdirSync('artifacts', { recursive: true });
for (const [name, viewport] of [
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 800 }]
]) {
  const scheme = process.env.SCHEME ?? 'light';
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  for (const step of steps.length ? steps : ['']) {
    await page.goto(base + path + (step ? `#step-${step}` : ''), { waitUntil: 'networkidle' });
    await page.waitForTimeout(600);
    const file = `artifacts/${name}-${scheme}${path.replaceAll('/', '_')}${step || 'top'}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
