import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForStory } from './helpers';

// Each payload tries to run code (setting window.__pwned or opening a dialog) or to land in the DOM as markup.
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  "'-alert(1)-'",
  '__proto__',
  'constructor[prototype][polluted]=1',
  'x'.repeat(20_000)
];

async function watchForHarm(page: Page) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { dialogs, violations };
}

async function expectUnharmed(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], script:not([src]):not([type])').count()).toBeLessThanOrEqual(1);
  const html = await page.content();
  expect(html).not.toContain('window.__pwned');
}

for (const [i, payload] of PAYLOADS.entries()) {
  test(`hostile input #${i} in the query, the hash and a message is ignored`, async ({ page }) => {
    const { dialogs, violations } = await watchForHarm(page);
    const encoded = encodeURIComponent(payload);
    // Servers refuse request lines much over 8 kB, so the query carries a cut; the hash (never sent) carries it all.
    const query = encoded.slice(0, 2000);
    for (const target of [`/?step=${query}&childId=${query}`, `/#step-${encoded}`, `/#${encoded}`]) {
      await page.goto(target);
      await waitForStory(page);
      await page.evaluate((data) => {
        window.postMessage(data, '*');
        window.postMessage({ sentinel: 'amp', type: data, height: data }, '*');
        window.postMessage(`pymxPYMxgraphicxPYMxwidthxPYMx${data}`, '*');
      }, payload);
      await page.waitForTimeout(100);
      await expectUnharmed(page);
    }
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('the story runs under its Content-Security-Policy without a single violation', async ({ page }) => {
  // Every step in turn, so every lazy chunk, worker, image and font comes: the GL map's start in
  // software took this past 60 s in a loaded run.
  test.setTimeout(120_000);
  const { violations } = await watchForHarm(page);
  await page.goto('/');
  await waitForStory(page);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'sha256-");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  for (const id of await page.$$eval('.step', (els) => els.map((el) => el.id))) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  }
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('build/_headers carries the same policy, with frame-ancestors by route', () => {
  const headers = readFileSync('build/_headers', 'utf8');
  expect(headers).toMatch(
    /^\/\n {2}Content-Security-Policy: [^\n]*script-src 'self' 'sha256-[^\n]*frame-ancestors 'self'/m
  );
  expect(headers).toContain('X-Content-Type-Options: nosniff');
});
