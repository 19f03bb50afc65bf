import { chromium } from '@playwright/test';
import { chromeFlags, findChrome } from '../chrome.config.js';
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeFlags });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (let i = 0; i < 6; i++) {
  await page.goto('http://127.0.0.1:4184/present/' + (i % 2 ? '#step-mine' : ''));
  const t0 = Date.now();
  await page.waitForSelector('.deck[data-ready="true"]', { timeout: 10000 }).catch(() => console.log('not ready'));
  console.log(i, Date.now() - t0, await page.locator('.deck').getAttribute('data-step-id'));
}
await browser.close();
