// npm run bench — builds, serves the production build and prints figures (not pass/fail):
// build time, initial JS/CSS (gzip), lazy chunks, page weight and requests, Lighthouse (mobile and
// desktop, median of 3) for /, /embed/ and /present/ as ratios to a plain-HTML baseline of the
// same article, and a scripted scroll (long tasks, dropped frames, first map step → map idle).
// Writes bench/results.json and bench/RESULTS.md. `--quick` skips Lighthouse.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeFlags, requireChrome } from '../chrome.config.js';
import { baselineHtml } from './bench/baseline.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { scriptedScroll } from './bench/scroll.mjs';
import { serveStatic } from './bench/static-server.mjs';

const QUICK = process.argv.includes('--quick');


const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASELINE_PORT = PORT + 1;
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
execSync('npm run build', { stdio: 'ignore' });
const buildSeconds = (Date.now() - t0) / 1000;

const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
const initial = initialAssets(html);
const initialJs = initial.filter((f) => f.endsWith('.js'));
const initialCss = initial.filter((f) => f.endsWith('.css'));
const allJs = walk(join(BUILD, '_app')).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
const lazyJs = allJs.filter((f) => !initialJs.includes(f));
const maplibre = lazyJs.filter((f) => /maplibre/i.test(readFileSync(f, 'utf8').slice(0, 4000)) || /maplibre/.test(f));
const maplibreInitial = initialJs.some((f) => maplibre.includes(f));

const executablePath = requireChrome();
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
  await page.close();

  measure.scroll = await scriptedScroll(browser, BASE + '/');

  if (!QUICK) {
    mkdirSync('bench/.baseline', { recursive: true });
    writeFileSync('bench/.baseline/index.html', baselineHtml(JSON.parse(readFileSync('data/processed/article.json', 'utf8'))));
    const baselineServer = await serveStatic(join(process.cwd(), 'bench/.baseline'), BASELINE_PORT);
    try {
      const routes = ['/', '/embed/', '/present/'].filter((route) => statSync(join(BUILD, route, 'index.html'), { throwIfNoEntry: false }));
      const urls = [`http://127.0.0.1:${BASELINE_PORT}/`, ...routes.map((route) => BASE + route)];
      measure.lighthouse = await runLighthouse(urls, { chromePath: executablePath });
    } finally {
      baselineServer.close();
    }
  }
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
  ['First map step → map idle', results.mapIdleMs == null ? 'n/a' : `${results.mapIdleMs} ms`, 'desktop, scrollIntoView'],
  ['Scroll: long tasks / longest', `${results.scroll.longTasks} / ${results.scroll.longestTaskMs} ms`, `target: none > 50 ms: ${results.scroll.longestTaskMs <= 50 ? 'met' : 'MISSED'}`],
  ['Scroll: dropped frames', `${results.scroll.droppedFrames} of ${results.scroll.frames}`, 'phone, rAF gaps > 25 ms'],
  ['Scroll: first map step → map idle', results.scroll.mapIdleMs == null ? 'n/a' : `${results.scroll.mapIdleMs} ms`, 'phone, wheel']
];
const ratio = (value, base) => (value == null || !base ? '' : ` (${(value / base).toFixed(2)}×)`);
for (const row of results.lighthouse ?? []) {
  const base = results.lighthouse.find((r) => r.preset === row.preset && r.url.includes(`:${BASELINE_PORT}/`));
  const label = row === base ? 'baseline' : new URL(row.url).pathname;
  const targets = row.preset === 'mobile' && row !== base ? `; targets: score ≥ 95 ${row.score >= 95 ? 'met' : 'MISSED'}, CLS ≤ 0.01 ${row.cls <= 0.01 ? 'met' : 'MISSED'}, TBT ≤ 100 ms ${row.tbt <= 100 ? 'met' : 'MISSED'}` : '';
  rows.push([
    `Lighthouse ${row.preset} ${label}`,
    `${Math.round(row.score)}`,
    `LCP ${Math.round(row.lcp)} ms${ratio(row.lcp, base?.lcp)}, TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(3)}, ${kb(row.bytes)}${ratio(row.bytes, base?.bytes)}, ${row.requests} req${ratio(row.requests, base?.requests)}${targets}`
  ]);
}
const width = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(width)}  ${b.padStart(16)}  ${c}`).join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nMeasured ${results.date} on this machine (2 cores). Figures, not pass/fail.\n\n| figure | value | note |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`
);
