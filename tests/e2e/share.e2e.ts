import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { storyInput } from '../../src/content/story';
import { stepIds } from './helpers';

const SITE = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4173}`;
/** The live site's address, when the build was given one (PUBLIC_SITE_URL). */
const siteUrl = (process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
const run = promisify(execFile);

/** Every page the build wrote (build/**\/index.html), as a path: a new page cannot skip its share tags. */
function builtPages(dir = 'build'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(path);
    return name === 'index.html' ? [`/${relative('build', dir)}/`.replace(/\/+/g, '/')] : [];
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share cards @width-independent', () => {
  test.use({ javaScriptEnabled: false });

  test('every page has Open Graph and Twitter tags naming a 1200×630 PNG that exists', async ({ page, request }) => {
    test.setTimeout(120_000);
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(stepIds.length + 10);
    const images = new Map<string, string>();
    for (const path of pages) {
      await page.goto(`${SITE}${path}`);
      const meta = await page.evaluate(() =>
        Object.fromEntries(
          Array.from(document.head.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]'), (m) => [
            m.getAttribute('property') ?? m.getAttribute('name'),
            m.getAttribute('content')
          ])
        )
      );
      for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:title', 'twitter:image'])
        expect(meta[key]?.trim().length ?? 0, `${path} ${key}`).toBeGreaterThan(0);
      expect(meta['twitter:card'], path).toBe('summary_large_image');
      expect(meta['og:image:width'], path).toBe('1200');
      expect(meta['og:image'], path).toBe(meta['twitter:image']);
      if (siteUrl) {
        expect(meta['og:url'], path).toBe(`${siteUrl}${path}`);
        expect(meta['og:image'], path).toMatch(new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/share/`));
      } else {
        expect(meta['og:url'], `${path}: no og:url without PUBLIC_SITE_URL`).toBeUndefined();
      }
      // Without a site root the image is named relative to the page; resolve it as a crawler on this host would.
      const local = new URL(meta['og:image']!, `${SITE}${path}`);
      images.set(siteUrl ? `${SITE}${local.pathname.slice(new URL(siteUrl).pathname.length)}` : local.href, path);
    }
    for (const [url, from] of images) {
      const response = await request.get(url);
      expect(response.status(), `${url} (named by ${from})`).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      expect(pngSize(await response.body()), url).toEqual({ width: 1200, height: 630 });
    }
    // The story and one card per step.
    expect(images.size).toBeGreaterThanOrEqual(stepIds.length + 1);
  });

  test('a share page per step: its own card, and a plain link on to the step', async ({ page }) => {
    for (const [i, id] of stepIds.entries()) {
      const response = await page.goto(`${SITE}/step/${id}/`);
      expect(response?.status(), id).toBe(200);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
        'content',
        new RegExp(`step-${id}\\.png$`)
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        'content',
        new RegExp(`^Step ${i + 1} of `)
      );
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
        'content',
        new RegExp(storyInput.steps[i]!.claim.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      );
      const link = page.locator('main a');
      await expect(link).toHaveCount(1);
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${SITE}/#step-${id}`);
    }
  });
});

test('with JavaScript a step’s share page goes straight on to the step @width-independent', async ({ page }) => {
  const id = stepIds[5]!;
  await page.goto(`${SITE}/step/${id}/`);
  await expect(page).toHaveURL(`${SITE}/#step-${id}`);
  await expect(page.locator(`#step-${id}`)).toBeInViewport();
});

test('Share this step copies the step’s share link where there is no share sheet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.goto(`${SITE}/`);
  const id = stepIds[3]!;
  const button = page.locator(`#step-${id} .share-step button`);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.locator(`#step-${id} .share-step [role="status"]`)).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl || SITE}/step/${id}/`);
});

test('Share this step uses the Web Share API where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { shareCalls: unknown[] }).shareCalls = calls;
    Object.defineProperty(navigator, 'share', {
      value: async (data: unknown) => void calls.push(data),
      configurable: true
    });
  });
  await page.goto(`${SITE}/`);
  const id = stepIds[1]!;
  const button = page.locator(`#step-${id} .share-step button`);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shareCalls: { url: string }[] }).shareCalls))
    .toEqual([expect.objectContaining({ url: `${siteUrl || SITE}/step/${id}/` })]);
  await expect(page.locator(`#step-${id} .share-step [role="status"]`)).toHaveText('');
});

test.describe('printing the story page', () => {
  test('every step prints, each with its panel image, and the first card clears the title @width-independent', async ({
    page
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto(`${SITE}/`);
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath('story.pdf');
    const pdf = await page.pdf({ path: file, format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    testInfo.annotations.push({ type: 'A4 pages', description: String(pages) });
    console.log(`story page printed on ${pages} A4 pages`);
    // 32 before the print layout put figures beside their steps; a guard against blank gaps coming back.
    expect(pages).toBeLessThanOrEqual(26);

    const text = (await run('pdftotext', ['-raw', file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout.replace(
      /\s+/g,
      ' '
    );
    for (const step of storyInput.steps) {
      const opening = step.claim.split(/\s+/).slice(0, 6).join(' ');
      expect(text, `step ${step.id} in the PDF`).toContain(opening);
    }

    // As laid out for paper (the PDF just printed loaded every lazy image): each map or chart
    // step shows its own static image, drawn, inside its step.
    const figures = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.steps > .step'), (step) => {
        // Charts carry a narrow and a wide image; the container shows one.
        const imgs = Array.from(step.querySelectorAll<HTMLImageElement>('.step-panel-inline img'));
        const shown = imgs.filter(
          (img) => img.getBoundingClientRect().width > 100 && img.getBoundingClientRect().height > 80
        );
        return {
          id: step.dataset.stepId,
          drawn: imgs.length ? shown.length > 0 && shown.every((img) => img.complete && img.naturalWidth > 0) : null
        };
      })
    );
    for (const step of storyInput.steps) {
      const found = figures.find((f) => f.id === step.id);
      if (step.panel.type === 'map' || step.panel.type === 'chart') expect(found?.drawn, step.id).toBe(true);
    }
    const overlap = await page.evaluate(() => {
      const header = document.querySelector('header')!.getBoundingClientRect();
      const first = document.querySelector('.steps > .step .card')!.getBoundingClientRect();
      return first.top - header.bottom;
    });
    expect(overlap).toBeGreaterThanOrEqual(0);
  });
});
