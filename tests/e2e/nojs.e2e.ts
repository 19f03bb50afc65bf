import { expect, test } from '@playwright/test';
import { bodyBlocks, stepIds } from './helpers';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page has the full text, every step with its panel, and its links', async ({ page }) => {
  await page.goto('/');
  const text = (await page.locator('#original').innerText()).replace(/\s+/g, ' ');
  for (const block of bodyBlocks) expect(text).toContain(block.text.replace(/\s+/g, ' '));

  for (const id of stepIds) {
    await expect(page.locator(`#step-${id} .step-panel-inline`)).toBeVisible();
    await expect(page.locator(`#step-${id} .cites a`).first()).toBeVisible();
  }
  await expect(page.locator('.scrolly-stage')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Read it on the publisher’s site' })).toHaveAttribute(
    'href',
    /^https:\/\/thegaze\.media\//
  );
});

test('the page chrome of the scrape never appears', { tag: '@width-independent' }, async ({ page }) => {
  await page.goto('/');
  const all = await page.locator('body').innerText();
  for (const chrome of ['Similar articles', 'We use cookies', 'Outdated Browser', '67.15%'])
    expect(all).not.toContain(chrome);
});
