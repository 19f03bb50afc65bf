// npm run bench — builds, serves the production build and prints figures (not pass/fail):
// build time, initial JS/CSS (gzip), lazy chunks, page weight and requests, Lighthouse (mobile and
// desktop, median of 3) for /, /embed/ and /present/ as ratios to a plain-HTML baseline of the
// same article, scripted scrolls (late frames and long tasks, against the same scroll of the plain
// article and a bare MapLibre map of the same GeoJSON), each performance target as figure + ratio.
// Writes bench/results.json and bench/RESULTS.md. `--quick` skips Lighthouse, `--mobile-only`
// runs only its mobile preset, `--no-build` measures the existing build/.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeFlags, requireChrome } from '../chrome.config.js';
import { cpus, loadavg } from 'node:os';
import { baselineHtml, baselineMapHtml } from './bench/baseline.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { bareMapLongTasks, scriptedScroll } from './bench/scroll.mjs';
import { serveStatic } from './bench/static-server.mjs';

const QUICK = process.argv.includes('--quick');
// `--mobile-only`: Lighthouse's mobile preset only (the targets are set on it); halves the runs.
const MOBILE_ONLY = process.argv.includes('--mobile-only');

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

/** Files the HTML loads before any interaction: stylesheets, module preloads (in the head, or in the
 * start-up script that adds them after the first paint: src/lib/server/deferred-boot.ts) and entry imports. */
function initialAssets(html) {
  const refs = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const scripted = [...html.matchAll(/"((?:\.\/|\/)[^"\s]*_app\/immutable\/[^"\s]+\.js)"/g)].map((m) => m[1]);
  return [...new Set([...refs, ...scripted])].map((ref) => join(BUILD, ref.replace(/^(\.\/|\/)/, '')));
}

const t0 = Date.now();
if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
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
// The bare-map anchor loads the same GeoJSON files the story's map does.
const geoSources = readdirSync(join(BUILD, 'geo'))
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => f.replace(/\.geojson$/, ''));
const loadBefore = loadavg();
// Our build and the baseline, both gzip-compressed by the same server (see static-server.mjs).
const server = await serveStatic(join(process.cwd(), BUILD), PORT);
mkdirSync('bench/.baseline', { recursive: true });
writeFileSync(
  'bench/.baseline/index.html',
  baselineHtml(JSON.parse(readFileSync('data/processed/article.json', 'utf8')))
);
writeFileSync(
  'bench/.baseline/map.html',
  baselineMapHtml({ sourceIds: geoSources, libBase: '/maplibre', geoBase: '/geo', bounds: [33.5, 46.8, 39.8, 49.4] })
);
const baselineServer = await serveStatic(join(process.cwd(), 'bench/.baseline'), BASELINE_PORT, {
  mounts: {
    '/maplibre/': join(process.cwd(), 'node_modules/maplibre-gl/dist'),
    '/geo/': join(process.cwd(), BUILD, 'geo')
  }
});
const BASELINE = `http://127.0.0.1:${BASELINE_PORT}`;

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
  measure.loadUrls = requests.map((r) => r.url.replace(BASE, ''));

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

  measure.scroll = {};
  for (const kind of /** @type {const} */ (['wheel', 'touch'])) {
    measure.scroll[kind] = {
      story: await scriptedScroll(browser, BASE + '/', kind),
      baseline: await scriptedScroll(browser, BASELINE + '/', kind),
      bareMap: await bareMapLongTasks(browser, BASELINE + '/map.html', kind)
    };
  }

  if (!QUICK) {
    const routes = ['/', '/embed/', '/present/'].filter((route) =>
      statSync(join(BUILD, route, 'index.html'), { throwIfNoEntry: false })
    );
    const urls = [`${BASELINE}/`, ...routes.map((route) => BASE + route)];
    measure.lighthouse = await runLighthouse(urls, {
      chromePath: executablePath,
      presets: MOBILE_ONLY ? ['mobile'] : ['mobile', 'desktop']
    });
  }
} finally {
  await browser.close();
  server.close();
  baselineServer.close();
}

const results = {
  date: new Date().toISOString(),
  loadAverage: { before: loadBefore.map((l) => +l.toFixed(1)), after: loadavg().map((l) => +l.toFixed(1)) },
  buildSeconds,
  initialJsGzip: initialJs.reduce((s, f) => s + gz(f), 0),
  initialJsFiles: initialJs.length,
  initialCssGzip: initialCss.reduce((s, f) => s + gz(f), 0),
  lazyJsGzip: lazyJs.reduce((s, f) => s + gz(f), 0),
  maplibreChunkGzip: maplibre.reduce((s, f) => s + gz(f), 0),
  maplibreInInitialBundle: maplibreInitial,
  ...measure
};

const met = (ok) => (ok ? 'met' : 'MISSED');
const pct = (n, of) => (of ? `${((100 * n) / of).toFixed(1)}%` : 'n/a');
const times = (value, base) => (value == null || !base ? 'n/a' : `${(value / base).toFixed(2)}×`);
const rows = [
  ['Build time', process.argv.includes('--no-build') ? 'n/a' : `${buildSeconds.toFixed(1)} s`, ''],
  [
    'Initial JS (gzip)',
    kb(results.initialJsGzip),
    `${results.initialJsFiles} files; target ≤ 60 kB: ${met(results.initialJsGzip <= 60 * 1024)}`
  ],
  ['Initial CSS (gzip)', kb(results.initialCssGzip), 'inlined in the HTML'],
  ['Lazy JS chunks (gzip)', kb(results.lazyJsGzip), ''],
  [
    'maplibre chunk + worker (gzip)',
    kb(results.maplibreChunkGzip),
    maplibreInitial ? 'IN INITIAL BUNDLE' : 'lazy only'
  ],
  [
    'Page load: requests / bytes',
    `${results.loadRequests} / ${kb(results.loadBytes)}`,
    `desktop, networkidle, gzip; target ≤ 12 requests: ${met(results.loadRequests <= 12)}`
  ],
  [
    'Full scroll: requests / bytes',
    `${results.scrollRequests} / ${kb(results.scrollBytes)}`,
    `${results.foreignRequests} to other hosts`
  ],
  [
    'First map step → map idle',
    results.mapIdleMs == null ? 'n/a' : `${results.mapIdleMs} ms`,
    'desktop, scrollIntoView'
  ]
];
const KIND_LABEL = { wheel: 'wheel scroll at 1280 px', touch: 'touch-speed scroll at 375 px' };
for (const [kind, run] of Object.entries(results.scroll)) {
  const { story, baseline, bareMap } = run;
  const late = story.lateFrames / (story.frames || 1);
  rows.push(
    [
      `Scroll (${kind}): late frames`,
      `${story.lateFrames} of ${story.frames} (${pct(story.lateFrames, story.frames)})`,
      `${KIND_LABEL[kind]}, rAF gaps > 25 ms; ${story.lateFramesMapDrawing} of them frames in which the live map drew (software GL here), ${story.lateFrames - story.lateFramesMapDrawing} (${pct(story.lateFrames - story.lateFramesMapDrawing, story.frames)}) without map drawing; plain article: ${baseline.lateFrames} of ${baseline.frames} (${pct(baseline.lateFrames, baseline.frames)}); target ≤ 5%: ${met(late <= 0.05)}`
    ],
    [
      `Scroll (${kind}): worst long task`,
      `${story.longestTaskMs} ms`,
      `${story.longTasks} long tasks; anchor, bare MapLibre map of the same GeoJSON: ${bareMap.longestTaskMs} ms → ${times(story.longestTaskMs, bareMap.longestTaskMs)}; target ≤ 1.0×: ${met(story.longestTaskMs <= bareMap.longestTaskMs)}; plain article: ${baseline.longestTaskMs} ms`
    ]
  );
  if (story.mapIdleMs != null) rows.push([`Scroll (${kind}): first map step → map idle`, `${story.mapIdleMs} ms`, '']);
}
for (const row of results.lighthouse ?? []) {
  const base = results.lighthouse.find((r) => r.preset === row.preset && r.url.includes(`:${BASELINE_PORT}/`));
  const label = row === base ? 'plain article' : new URL(row.url).pathname;
  const targets =
    row.preset === 'mobile' && row !== base
      ? `; targets: score ≥ 98 ${met(row.score >= 98)}, LCP ≤ 1.5× ${met(row.lcp <= 1.5 * base.lcp)}, TBT ≤ 100 ms ${met(row.tbt <= 100)}, CLS ≤ 0.01 ${met(row.cls <= 0.01)}, ≤ 12 requests ${met(row.requests <= 12)}`
      : '';
  rows.push([
    `Lighthouse ${row.preset} ${label}`,
    `${Math.round(row.score)}`,
    `LCP ${Math.round(row.lcp)} ms (${times(row.lcp, base?.lcp)}), TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(3)}, ${kb(row.bytes)} (${times(row.bytes, base?.bytes)}), ${row.requests} req${targets}`
  ]);
}
const load = `load average ${results.loadAverage.before.join(' / ')} (1/5/15 min) before, ${results.loadAverage.after.join(' / ')} after, on ${cpus().length} cores`;
const note = `${load}. The machine is shared, so absolute times are inflated: read the ratios to the plain article and the bare map, measured in the same run.${QUICK ? ' `--quick`: no Lighthouse.' : MOBILE_ONLY ? ' `--mobile-only`: Lighthouse mobile preset only.' : ''}`;
const width = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(width)}  ${b.padStart(16)}  ${c}`).join('\n'));
console.log(note);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nMeasured ${results.date} with \`npm run bench${QUICK ? ' -- --quick' : MOBILE_ONLY ? ' -- --mobile-only' : ''}\`. Figures and ratios, not pass/fail tests. ${note}\n\nBoth our build and the plain-HTML baseline are served gzip-compressed by scripts/bench/static-server.mjs.\n\n| figure | value | note |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`
);
