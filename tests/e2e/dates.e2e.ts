import { expect, test } from '@playwright/test';

// The editorial rule: every surface a reader, a newsroom or a class sees says when the op-ed and
// this explainer were published and when the context was last checked.
const PUBLISHED = /Op-ed published: undated on The Gaze’s page/;
// The story shows it in its byline ("Updated …"), the other surfaces as "Explainer updated …".
const UPDATED = /(Explainer updated|Updated) \d{1,2} [A-Z][a-z]+ 20\d\d/;
const CHECKED = /Context last checked on \d{1,2} [A-Z][a-z]+ 20\d\d, against reporting published up to/;

const SURFACES = [
  { name: 'the story, under the headline', path: '/', region: 'header' },
  { name: 'the story embed', path: '/embed/', region: 'footer' },
  { name: 'a chart embed', path: '/embed/chart/losses-context/', region: 'footer' },
  { name: 'a map embed', path: '/embed/map/lithium/', region: 'footer' },
  { name: 'the handout', path: '/print/', region: 'header' },
  { name: 'the presenter’s title slide', path: '/present/', region: '.slide-wrap > .slide' }
];

for (const { name, path, region } of SURFACES) {
  test(`${name} says when it was published, updated and checked`, { tag: '@width-independent' }, async ({ page }) => {
    await page.goto(path);
    const where = page.locator(region).filter({ hasText: PUBLISHED }).first();
    await expect(where).toBeVisible();
    await expect(where).toContainText(UPDATED);
    await expect(where).toContainText(CHECKED);
  });
}

test('only the presenter’s title slide carries the dates', { tag: '@width-independent' }, async ({ page }) => {
  await page.goto('/present/#step-where');
  await expect(page.locator('.deck')).toHaveAttribute('data-step-id', 'where');
  await expect(page.locator('.slide-wrap > .slide')).not.toContainText(PUBLISHED);
});
