// Renders the share cards the build wrote as SVG (build/share/*.svg, from src/routes/share) to
// the 1200×630 PNGs that the pages' Open Graph and Twitter tags name, then removes the SVGs
// (social sites do not read SVG). Runs after `vite build`, in the same Chromium as the tests
// (chrome.config.js). Renders nothing from the network: each SVG carries its fonts and graphic.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromeFlags, requireChrome } from '../chrome.config.js';

const DIR = resolve('build/share');
const PREVIEW_DIR = resolve('.svelte-kit/output/prerendered/pages/share');
const WIDTH = 1200;
const HEIGHT = 630;

const files = (await readdir(DIR)).filter((f) => f.endsWith('.svg'));
if (files.length === 0) throw new Error('share-images: no SVG cards in build/share (is src/routes/share prerendered?)');

const started = Date.now();
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeFlags });
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  for (const file of files) {
    await page.goto(pathToFileURL(join(DIR, file)).href);
    // The inlined fonts and the embedded map or chart image decode asynchronously.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all(
        Array.from(document.querySelectorAll('image'), (img) => {
          const probe = new Image();
          probe.src = img.getAttribute('href') ?? '';
          return probe.decode().catch(() => undefined);
        })
      );
    });
    const png = file.replace(/\.svg$/, '.png');
    await page.screenshot({ path: join(DIR, png), clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    await rm(join(DIR, file));
    // `vite preview` (npm start, the e2e tests) serves the prerendered files from SvelteKit's output, not ./build.
    if (existsSync(PREVIEW_DIR)) await copyFile(join(DIR, png), join(PREVIEW_DIR, png));
  }
} finally {
  await browser.close();
}
console.log(
  `share-images: ${files.length} PNG cards (${WIDTH}×${HEIGHT}) in ${((Date.now() - started) / 1000).toFixed(1)} s`
);

// Every page names a card that now exists (the prerender let these through: they did not exist yet).
const missing = [];
async function* pagesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pagesUnder(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}
const BUILD = resolve('build');
for await (const html of pagesUnder(BUILD)) {
  const text = await readFile(html, 'utf8');
  const image = text.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  if (!image) {
    missing.push(`${html}: no og:image`);
    continue;
  }
  const file = join(DIR, image.replace(/^.*\/share\//, ''));
  if (!existsSync(file)) missing.push(`${html}: ${image} was not made`);
}
if (missing.length) throw new Error(`share-images:\n${missing.join('\n')}`);
