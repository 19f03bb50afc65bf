// Screenshots of every chart step's stage at phone and desktop sizes, light and dark.
// Usage: npm run build && (npx vite preview --port N &) && BASE_URL=http://127.0.0.1:N OUT=dir node scripts/chart-shots.mjs
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromeFlags, requireChrome } from '../chrome.config.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const out = process.env.OUT ?? 'artifacts/chart-shots';
const steps = (
  process.env.STEPS ??
  'pokrovsk-losses,precedent,bakhmut-losses,avdiivka-losses,losses-in-context,per-month,shells,shells-drop'
).split(',');
const sizes = (process.env.SIZES ?? '375x667,1280x800').split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeFlags });
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  for (const scheme of (process.env.SCHEMES ?? 'light,dark').split(',')) {
    const page = await browser.newPage({
      viewport: { width, height },
      colorScheme: scheme,
      deviceScaleFactor: Number(process.env.DPR ?? 1)
    });
    for (const step of steps) {
      await page.goto(`${base}/#step-${step}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(900);
      await page.screenshot({ path: `${out}/${step}-${size}-${scheme}.png` });
    }
    await page.close();
  }
}
await browser.close();
