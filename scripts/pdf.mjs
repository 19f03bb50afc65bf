// Writes the classroom handout (/print/) and the one-page student worksheet (/print/worksheet/) as
// PDFs through Chromium's print engine.
// Usage: npm run build && npm run pdf [-- --letter] [-- --out handout.pdf] [-- --worksheet-out worksheet.pdf]
//        [-- --base http://host:port]   (the worksheet goes beside the handout unless told otherwise)
// It builds nothing: it serves ./build with `vite preview` on a free port (or uses --base),
// so the PDF is always of the build you just made.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromeFlags, requireChrome } from '../chrome.config.js';

const { values } = parseArgs({
  options: {
    letter: { type: 'boolean', default: false },
    out: { type: 'string', default: 'handout.pdf' },
    'worksheet-out': { type: 'string' },
    base: { type: 'string' }
  }
});

// Chromium ignores @page margin boxes, so page numbers come from its own footer template.
// Its header/footer have no default styles: font size must be set or the text is tiny.
const footerTemplate = `
  <div style="width:100%;font-family:'Noto Sans',system-ui,sans-serif;font-size:8px;color:#52575d;padding:0 10mm;display:flex;justify-content:space-between">
    <span class="title"></span>
    <span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
  </div>`;

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => done(port));
    });
  });
}

async function waitFor(url, child, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Serves ./build on a free port; returns its base URL and a stop function. */
async function startPreview() {
  if (!existsSync('build/print/index.html')) {
    throw new Error('build/print/index.html is missing: run `npm run build` first.');
  }
  const port = await freePort();
  const vite = resolve('node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit']
    }
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/print/`, child);
  return { base, stop: () => child.kill() };
}

const executablePath = requireChrome();

const preview = values.base ? { base: values.base.replace(/\/+$/, ''), stop: () => {} } : await startPreview();
const browser = await chromium.launch({ executablePath, args: chromeFlags });
try {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(`${preview.base}/print/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const format = values.letter ? 'Letter' : 'A4';
  await page.pdf({
    path: values.out,
    format,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate,
    margin: { top: '9mm', bottom: '12mm', left: '10mm', right: '10mm' }
  });
  console.log(`${values.out} (${format})`);

  // The worksheet: one page, no footer (nothing to number).
  const worksheetOut = values['worksheet-out'] ?? join(dirname(values.out), 'worksheet.pdf');
  await page.goto(`${preview.base}/print/worksheet/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({
    path: worksheetOut,
    format,
    printBackground: true,
    margin: { top: '9mm', bottom: '9mm', left: '12mm', right: '12mm' }
  });
  console.log(`${worksheetOut} (${format})`);
} finally {
  await browser.close();
  preview.stop();
}
