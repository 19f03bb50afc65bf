// npm run bench — builds, serves the production build and prints figures (not pass/fail):
// build time, initial JS/CSS (gzip), lazy chunks, page weight and requests for a scroll through
// the story, and the time from the first map step to the map's first idle.
// Writes bench/results.json and bench/RESULTS.md.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeFlags, findChrome, NO_BROWSER_MESSAGE } from '../chrome.config.js';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;
const BUILD = 'build';
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Files the HTML loads before any interaction: stylesheets, module preloads and entry imports. */
function initialAssets(html) {
  const refs = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]);
  return [...new Set([...refs, ...imports])].map((ref) => join(BUILD, ref.replace(/^(\.\/|\/)/, '')));
}

const t0 = Date.now();
execSync('npx vite build', { stdio: 'ignore' });
const buildSeconds = (Date.now() - t0) / 1000;

const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
const initial = initialAssets(html);
const initialJs = initial.filter((f) => f.endsWith('.js'));
const initialCss = initial.filter((f) => f.endsWith('.css'));
const allJs = walk(join(BUILD, '_app')).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
const lazyJs = allJs.filter((f) => !initialJs.includes(f));
const maplibre = lazyJs.filter((f) => /maplibre/i.test(readFileSync(f, 'utf8').slice(0, 4000)) || /maplibre/.test(f));
const maplibreInitial = initialJs.some((f) => maplibre.includes(f));

const executablePath = findChrome();
if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(BASE + '/')).ok) break;
  } catch {}
  if (i > 100) throw new Error('vite preview did not start');
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({ executablePath, args: chromeFlags });
const measure = {};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    requests.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
  });
  await page.goto(BASE + '/', { waitUntil: 'networkidle' });
  measure.loadRequests = requests.length;
  measure.loadBytes = requests.reduce((sum, r) => sum + r.bytes, 0);

  const firstMapStep = await page.evaluate(() => document.querySelector('[data-step-id="where"]') !== null);
  if (firstMapStep) {
    const started = Date.now();
    await page.locator('#step-where').scrollIntoViewIfNeeded();
    const ready = await page
      .locator('[data-map-ready="true"]')
      .first()
      .waitFor({ timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    measure.mapIdleMs = ready ? Date.now() - started : null;
  }
  for (const id of await page.$$eval('.step', (els) => els.map((el) => el.id))) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  }
  await page.waitForLoadState('networkidle');
  measure.scrollRequests = requests.length;
  measure.scrollBytes = requests.reduce((sum, r) => sum + r.bytes, 0);
  measure.foreignRequests = requests.filter((r) => !r.url.startsWith(BASE)).length;
} finally {
  await browser.close();
  server.kill();
}

const results = {
  date: new Date().toISOString(),
  buildSeconds,
  initialJsGzip: initialJs.reduce((s, f) => s + gz(f), 0),
  initialJsFiles: initialJs.length,
  initialCssGzip: initialCss.reduce((s, f) => s + gz(f), 0),
  lazyJsGzip: lazyJs.reduce((s, f) => s + gz(f), 0),
  maplibreChunkGzip: maplibre.reduce((s, f) => s + gz(f), 0),
  maplibreInInitialBundle: maplibreInitial,
  ...measure
};

const rows = [
  ['Build time', `${buildSeconds.toFixed(1)} s`, ''],
  ['Initial JS (gzip)', kb(results.initialJsGzip), `target ≤ 60 kB: ${results.initialJsGzip <= 60 * 1024 ? 'met' : 'MISSED'}`],
  ['Initial CSS (gzip)', kb(results.initialCssGzip), ''],
  ['Lazy JS chunks (gzip)', kb(results.lazyJsGzip), ''],
  ['maplibre chunk + worker (gzip)', kb(results.maplibreChunkGzip), maplibreInitial ? 'IN INITIAL BUNDLE' : 'lazy only'],
  ['Page load: requests / bytes', `${results.loadRequests} / ${kb(results.loadBytes)}`, 'desktop, networkidle'],
  ['Full scroll: requests / bytes', `${results.scrollRequests} / ${kb(results.scrollBytes)}`, `${results.foreignRequests} to other hosts`],
  ['First map step → map idle', results.mapIdleMs == null ? 'n/a' : `${results.mapIdleMs} ms`, '']
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(width)}  ${b.padStart(16)}  ${c}`).join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nMeasured ${results.date} on this machine (2 cores). Figures, not pass/fail.\n\n| figure | value | note |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`
);
