import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import article from '../../data/processed/article.json' with { type: 'json' };
import { storyInput } from '../../src/content/story';
import { teachingInput } from '../../src/content/teaching';
import { stepIds } from './helpers';

const run = promisify(execFile);

/**
 * What survives PDF text extraction, whatever the line breaks: no whitespace, no hyphens (a
 * hyphen at a line end may or may not be the word's own), no soft hyphens, ligatures unfolded.
 */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad\-‐‑]+/g, '');

async function pdfText(file: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return (await run('pdftotext', [...range, file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
}

async function pdfPages(file: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]), size: /^Page size:\s+(.*)$/m.exec(stdout)?.[1] ?? '' };
}

test.describe('handout PDF', () => {
  test.skip(({ isMobile }) => isMobile, 'the PDF does not depend on the viewport; make it once');
  test.setTimeout(120_000);

  for (const [format, flag, size] of [
    ['A4', [], /\(A4\)/],
    ['Letter', ['--letter'], /\(letter\)/]
  ] as const) {
    test(`npm run pdf writes a ${format} handout with every paragraph, page numbers and no empty pages`, async ({ baseURL }) => {
      const out = join(mkdtempSync(join(tmpdir(), 'handout-')), 'handout.pdf');
      await run(process.execPath, ['scripts/pdf.mjs', '--base', baseURL!, '--out', out, ...flag]);

      const { pages, size: pageSize } = await pdfPages(out);
      expect(pages).toBeGreaterThan(1);
      expect(pageSize).toMatch(size);

      const pageTexts: string[] = [];
      for (let page = 1; page <= pages; page++) pageTexts.push(await pdfText(out, page));
      pageTexts.forEach((pageText, i) => {
        // Every page carries more than its footer, and its footer numbers it.
        expect(squash(pageText).length, `page ${i + 1} is empty`).toBeGreaterThan(200);
        expect(squash(pageText)).toContain(squash(`Page ${i + 1} of ${pages}`));
      });

      // The footer sits in the text stream wherever a page breaks, even mid-paragraph; drop it.
      const footer = /^.*Page \d+ of \d+.*$|^Classroom handout · .*$/gm;
      const text = squash(pageTexts.map((pageText) => pageText.replace(footer, '')).join('\n'));
      for (const block of article.blocks) {
        expect(text, `block ${block.id} missing from the PDF`).toContain(squash(block.text));
      }
      for (const note of teachingInput) {
        for (const question of note.questions) expect(text).toContain(squash(question));
      }
      expect(text).toContain(squash('Data and licences'));
    });
  }
});

test.describe('handout page', () => {
  test.skip(({ isMobile }) => isMobile, 'checked once, at desktop width');

  test('has every step with its static panel, the teaching notes, the text, sources and licences', async ({ page }) => {
    await page.goto('/print/');
    await expect(page.locator('.print-step')).toHaveCount(stepIds.length);
    for (const id of stepIds) await expect(page.locator(`#step-${id} .panel > *`).first()).toBeAttached();
    // Nothing in the handout is the live (animated, WebGL) panel.
    await expect(page.locator('.print-step [data-live="true"], .print-step canvas')).toHaveCount(0);
    await expect(page.locator('.teaching')).toHaveCount(teachingInput.length);
    await expect(page.locator('#original p#p15')).toContainText(article.blocks.find((b) => b.id === 'p15')!.text);
    await expect(page.getByRole('heading', { name: 'Data and licences' })).toBeVisible();
    await expect(page.locator('.live')).toContainText(/interactive version/i);
  });

  test('in print, figures are not split across pages and the print button is hidden', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/print/');
    await expect(page.getByRole('button', { name: /Print/ })).toBeHidden();
    const breaks = await page.locator('.print-step .panel').first().evaluate((el) => getComputedStyle(el).breakInside);
    expect(breaks).toBe('avoid');
  });

  test('every chart keeps its data table open on the handout, and printing the story shows them too', async ({ page }) => {
    const chartIds = storyInput.steps.filter((s) => s.panel.type === 'chart').map((s) => s.id);
    await page.goto('/print/');
    for (const id of chartIds) await expect(page.locator(`#step-${id} .data-table table`), id).toBeVisible();
    // The story page closes its tables once hydrated; on paper they must show all the same.
    await page.emulateMedia({ media: 'print' });
    await page.goto('/');
    await page.locator('.scrolly[data-ready="true"]').waitFor({ state: 'attached' });
    for (const id of chartIds) {
      await expect(page.locator(`#step-${id} .data-table`), id).not.toHaveAttribute('open');
      await expect(page.locator(`#step-${id} .data-table table`), id).toBeVisible();
    }
  });

  test('axe reports no violations on the handout', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/print/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
