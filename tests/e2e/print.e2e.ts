import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import article from '../../data/processed/article.json' with { type: 'json' };
import { storyInput } from '../../src/content/story';
import { stepIds, teachingNotes } from './helpers';
import { readDocument } from '../../src/content/documents';
import { readFileSync } from 'node:fs';

/** Every web address a context note cites, read from the copy itself. */
const contextUrls = (
  readDocument('src/content/context.aml', readFileSync('src/content/context.aml', 'utf8')).data as {
    notes: { sources: { url: string }[] }[];
  }
).notes.flatMap((note) => note.sources.map((source) => source.url));
/** The worksheet's copy, read from the documents themselves (not from the page under test). */
const worksheet = readDocument('src/content/worksheet.aml', readFileSync('src/content/worksheet.aml', 'utf8')).data as {
  questions: { section: string; number: number }[];
  sources: string[];
};
const worksheetQuestions = worksheet.questions.map(
  ({ section, number }) => teachingNotes.find((n) => n.section === section)!.questions[number - 1]!
);
/** The live story's address, when the build was given one (PUBLIC_SITE_URL). */
const siteUrl = (process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
/** The steps where each chart and each map picture first appears: where the handout prints it. */
const firstFigureSteps = (() => {
  const seen = new Set<string>();
  return storyInput.steps.flatMap(({ id, panel }) => {
    const key =
      panel.type === 'chart'
        ? panel.chart
        : panel.type === 'map'
          ? `${panel.preset}/${panel.layers.join()}`
          : undefined;
    if (!key || seen.has(key)) return [];
    seen.add(key);
    return [id];
  });
})();
/** Page limits: a handout a class can be given, 12 pages in both formats. */
// Figures float (Print.svelte), so one that does not fit goes to the next page's top and the text
// after it fills the gap; sources run on in their note. Measured: A4 12 pages (the last ~30 % full), Letter 12 (~90 %).
const MAX_PAGES = { A4: 12, Letter: 12 } as const;

const run = promisify(execFile);

/**
 * What survives PDF text extraction, whatever the line breaks: no whitespace, no hyphens (a
 * hyphen at a line end may or may not be the word's own), no soft hyphens, ligatures unfolded.
 */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad\-‐‑]+/g, '');

async function pdfText(file: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  // -raw: content-stream order, which follows the page's order, so the op-ed's two printed columns are not interleaved.
  return (await run('pdftotext', ['-raw', ...range, file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
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
    test(`npm run pdf writes a ${format} handout with every paragraph, page numbers and no empty pages`, async ({
      baseURL
    }) => {
      const out = join(mkdtempSync(join(tmpdir(), 'handout-')), 'handout.pdf');
      await run(process.execPath, ['scripts/pdf.mjs', '--base', baseURL!, '--out', out, ...flag]);

      const { pages, size: pageSize } = await pdfPages(out);
      expect(pages).toBeGreaterThan(1);
      expect(pages, `${format} handout pages`).toBeLessThanOrEqual(MAX_PAGES[format]);
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
      const pageBodies = pageTexts.map((pageText) => squash(pageText.replace(footer, '')));
      const text = pageBodies.join('');
      for (const block of article.blocks) {
        expect(text, `block ${block.id} missing from the PDF`).toContain(squash(block.text));
      }
      for (const note of teachingNotes) {
        for (const question of note.questions) expect(text).toContain(squash(question));
      }
      expect(text).toContain(squash('Data and licences'));

      // Sources print their full web addresses; nothing interactive is printed.
      // A page may break inside an address; a figure floated to the next page's top then comes
      // between its two halves in the text stream, so such an address is looked for in two parts.
      const printedAcrossPages = (url: string) =>
        pageBodies.some((body, i) => {
          const next = pageBodies[i + 1];
          if (!next) return false;
          for (let cut = url.length - 1; cut >= 12; cut--)
            if (body.endsWith(url.slice(0, cut))) return next.includes(url.slice(cut));
          return false;
        });
      for (const url of new Set(contextUrls)) {
        const want = squash(url);
        expect(text.includes(want) || printedAcrossPages(want), url).toBe(true);
      }
      expect(text).not.toContain(squash('Show the data'));
      expect(text).not.toContain(squash('without /print/'));
      // Each chart and map once: figures are numbered, later steps refer back to them.
      expect(text).toContain(squash('Figure 1'));
      expect(text).toMatch(/Graphic:seeFigure\d+\(step\d+\)/);
      // The worksheet, written beside the handout: exactly one page, with its questions and sources.
      const sheet = join(dirname(out), 'worksheet.pdf');
      const sheetInfo = await pdfPages(sheet);
      expect(sheetInfo.pages, `${format} worksheet pages`).toBe(1);
      expect(sheetInfo.size).toMatch(size);
      const sheetText = squash(await pdfText(sheet));
      expect(worksheetQuestions.length).toBeGreaterThan(1);
      for (const question of worksheetQuestions) expect(sheetText, question).toContain(squash(question));
      for (const url of worksheet.sources) expect(sheetText, url).toContain(squash(url));

      const page1 = squash(pageTexts[0]!);
      if (siteUrl) expect(page1).toContain(squash(siteUrl.replace(/^https?:\/\//, '').replace(/^www\./, '')));
    });
  }
});

test.describe('handout page', () => {
  test.skip(({ isMobile }) => isMobile, 'checked once, at desktop width');

  test('has every step with its static panel, the teaching notes, the text, sources and licences', async ({ page }) => {
    await page.goto('/print/');
    await expect(page.locator('.print-step')).toHaveCount(stepIds.length);
    // Every step that introduces a chart or a map prints it (the figure plan is tested below and in figure-plan.spec.ts).
    for (const id of firstFigureSteps)
      await expect(page.locator(`#step-${id} .panel > figure`).first(), id).toBeAttached();
    // Nothing in the handout is the live (animated, WebGL) panel.
    await expect(page.locator('.print-step [data-live="true"], .print-step canvas')).toHaveCount(0);
    await expect(page.locator('.teaching')).toHaveCount(teachingNotes.length);
    await expect(page.locator('#original p#p15')).toContainText(article.blocks.find((b) => b.id === 'p15')!.text);
    await expect(page.getByRole('heading', { name: 'Data and licences' })).toBeVisible();
    await expect(page.locator('.live')).toContainText(/interactive version/i);
    // The worksheet is linked from the handout and from the story's links for teachers.
    await expect(page.locator('.handout-header a[href$="/print/worksheet/"]')).toHaveCount(1);
    await page.goto('/');
    await expect(page.locator('.story-header .classroom a[href$="/print/worksheet/"]')).toHaveCount(1);
  });

  test('in print, figures are not split across pages and the print button is hidden', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/print/');
    await expect(page.getByRole('button', { name: /Print/ })).toBeHidden();
    const breaks = await page
      .locator('.print-step .panel')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside);
    expect(breaks).toBe('avoid');
  });

  test('every chart keeps its data table open on the handout, and printing the story shows them too', async ({
    page
  }) => {
    const chartIds = storyInput.steps.filter((s) => s.panel.type === 'chart').map((s) => s.id);
    await page.goto('/print/');
    for (const id of chartIds.filter((id) => firstFigureSteps.includes(id)))
      await expect(page.locator(`#step-${id} .data-table table`), id).toBeVisible();
    // The story page closes its tables once hydrated; on paper they must show all the same.
    await page.emulateMedia({ media: 'print' });
    await page.goto('/');
    await page.locator('.scrolly[data-ready="true"]').waitFor({ state: 'attached' });
    for (const id of chartIds) {
      await expect(page.locator(`#step-${id} .data-table`), id).not.toHaveAttribute('open');
      await expect(page.locator(`#step-${id} .data-table table`), id).toBeVisible();
    }
  });

  test('prints each chart and map once, where it is introduced, and the live address with its QR code', async ({
    page
  }) => {
    await page.goto('/print/');
    const figures = storyInput.steps.filter((s) => s.panel.type === 'chart' || s.panel.type === 'map');
    const distinct = new Set(
      figures.map((s) =>
        s.panel.type === 'chart'
          ? s.panel.chart
          : s.panel.type === 'map'
            ? `${s.panel.preset}/${s.panel.layers.join()}`
            : ''
      )
    );
    await expect(page.locator('.print-step [data-figure-n]')).toHaveCount(distinct.size);
    await expect(page.locator('.print-step [data-see-figure]')).toHaveCount(figures.length - distinct.size);
    // Quote and title panels repeat the op-ed text the handout prints in full.
    await expect(page.locator('.print-step .quote-panel')).toHaveCount(0);
    // Tables as tables: no disclosure widget on paper.
    await expect(page.locator('.print-step details, .print-step summary')).toHaveCount(0);
    await expect(page.locator('.print-step .data-table table').first()).toBeVisible();
    if (siteUrl) {
      const qr = page.locator('.handout-header .qr svg');
      await expect(qr).toBeVisible();
      // A real QR code: many dark modules in one path, square.
      const box = (await qr.boundingBox())!;
      expect(Math.abs(box.width - box.height)).toBeLessThan(1);
      expect((await qr.locator('path').last().getAttribute('d'))!.length).toBeGreaterThan(500);
      await expect(page.locator('.handout-header .short-address')).toHaveAttribute('href', `${siteUrl}/`);
    } else {
      await expect(page.locator('.handout-header .qr')).toHaveCount(0);
    }
  });

  test('map and chart labels are 8 pt or more on paper', async ({ page }) => {
    // The page's printable width with scripts/pdf.mjs's 10-mm margins on A4 (190 mm; Letter is 196 mm).
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto('/print/');
    // Each printed image's scale (shown width / drawn width) times its smallest label, in pt (1 px = 0.75 pt).
    const sizes = await page.locator('.print-step .panel img').evaluateAll(async (imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml');
          const drawnWidth = Number(svg.documentElement.getAttribute('viewBox')!.split(/\s+/)[2]);
          const shown = img.getBoundingClientRect().width;
          const px = [...svg.querySelectorAll('[font-size]')].map((el) => parseFloat(el.getAttribute('font-size')!));
          // Chart SVGs size their text in a <style>; take the smallest font-size declared there too.
          for (const style of svg.querySelectorAll('style'))
            for (const m of style.textContent!.matchAll(/font-size:\s*([\d.]+)px/g)) px.push(Number(m[1]));
          return { src: img.src, pt: (Math.min(...px) * shown * 0.75) / drawnWidth, shown };
        })
      )
    );
    // The handout ships each map in its print frame only (a hidden copy, width 0, would not print).
    const printed = sizes.filter((s) => s.shown > 0);
    expect(printed.length, 'one image per figure').toBe(sizes.length);
    expect(printed.length).toBeGreaterThan(5);
    for (const { src, pt } of printed) expect(pt, src).toBeGreaterThanOrEqual(8);
  });

  // Its axe audit is the sweep's (tests/e2e/sweep.e2e.ts), at five widths, reduced motion and forced colours.
});
