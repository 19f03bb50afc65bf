import { axe } from './axe';
import { expect, test, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { EMBED_COPY } from '../../src/content/embeds';
import type { EmbedListing } from '../../src/lib/embed/catalog';
import { embedUrl } from '../../src/lib/embed/embed-url';
import { embedSnippets, FRAMES_SRC, PYM_SRC, SNIPPET_KINDS } from '../../src/lib/embed/snippets.js';

const SITE = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4173}`;
const HOSTS = `http://127.0.0.1:${process.env.EMBED_HOST_PORT ?? 4174}`;
// The catalog imports the article JSON, which Playwright's loader cannot; the embed-code page
// publishes each listing instead, and the first test below checks it against the snippets.
let listings: EmbedListing[] = [];
const byPath = (path: string) => {
  const found = listings.find((l) => l.path === path);
  if (!found) throw new Error(`no embed ${path}`);
  return found;
};
let CHART: EmbedListing;
let STORY: EmbedListing;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${SITE}/embed-code/`);
  listings = await page
    .locator('[data-listing]')
    .evaluateAll((els) => els.map((el) => JSON.parse(el.getAttribute('data-listing')!)));
  await page.close();
  CHART = byPath('chart/losses-pokrovsk');
  STORY = byPath('');
});

// The snippets load pym.js / frames from their CDNs; the tests serve the npm copies instead, so
// the real parent libraries run and nothing leaves the machine.
async function serveLibraries(context: BrowserContext) {
  // Playwright tries the most recently added route first: the catch-all goes in first.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
  await context.route(PYM_SRC, (r) => r.fulfill({ path: 'node_modules/pym.js/dist/pym.v1.min.js' }));
  await context.route(FRAMES_SRC, (r) => r.fulfill({ path: 'node_modules/@newswire/frames/dist/frames.umd.js' }));
}

function hostUrl(kind: string, l: EmbedListing) {
  const q = new URLSearchParams({ path: l.path, slug: l.slug, title: l.title, height: String(l.fallbackHeight) });
  return `${HOSTS}/host/${kind}?${q}`;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForSelector('[data-embed-id]');
  return frame;
}

/** The embed's own idea of its height (html box + margins) vs. the iframe's height in the host. */
async function heights(page: Page, frame: Frame) {
  const content = await frame.evaluate(() => {
    const html = document.documentElement;
    const style = getComputedStyle(html);
    return html.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  });
  const iframe = await page
    .locator('iframe')
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  return { content, iframe };
}

async function expectSized(page: Page, frame: Frame) {
  await expect
    .poll(
      async () => {
        const h = await heights(page, frame);
        return Math.abs(h.content - h.iframe) <= 2 && h.iframe > 200 ? 'sized' : `${h.iframe} vs ${h.content}`;
      },
      { timeout: 10_000 }
    )
    .toBe('sized');
}

test.beforeEach(async ({ context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'viewports are set per test');
  await serveLibraries(context);
});

for (const kind of ['pym', 'frames', 'datawrapper'] as const) {
  test.describe(`${kind} host`, () => {
    for (const width of [330, 660, 1200]) {
      test(`iframe height = content height at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(hostUrl(kind, CHART));
        const frame = await embedFrame(page);
        await expectSized(page, frame);
      });
    }

    test('follows a resize from 1200 to 330 px and back', async ({ page }) => {
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.goto(hostUrl(kind, CHART));
      const frame = await embedFrame(page);
      await expectSized(page, frame);
      const wide = (await heights(page, frame)).iframe;
      await page.setViewportSize({ width: 330, height: 800 });
      await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(wide + 20);
      await expectSized(page, frame);
      await page.setViewportSize({ width: 1200, height: 800 });
      await expect.poll(async () => (await heights(page, frame)).iframe).toBeLessThan(wide + 3);
      await expectSized(page, frame);
    });
  });
}

test('the whole story sizes itself in a pym host, and its height does not depend on the iframe’s (no vh loop)', async ({
  page
}) => {
  await page.setViewportSize({ width: 660, height: 800 });
  await page.goto(hostUrl('pym', STORY));
  const frame = await embedFrame(page);
  await expectSized(page, frame);
  const before = await heights(page, frame);
  // Every step's panel is in flow: the stacked layout, not the sticky stage.
  const steps = await frame.locator('.step').count();
  expect(steps).toBeGreaterThan(10);
  expect(await frame.locator('.step .step-panel-inline:visible').count()).toBe(steps);
  await expect(frame.locator('.scrolly-stage')).toHaveCount(0);
  await page.locator('iframe').evaluate((el) => el.setAttribute('height', '20000'));
  await page.waitForTimeout(300);
  expect((await heights(page, frame)).content).toBeCloseTo(before.content, 0);
});

test('margins that collapse through body count (nprapps/pym.js#83)', async ({ page }) => {
  await page.setViewportSize({ width: 660, height: 800 });
  await page.goto(hostUrl('pym', CHART));
  const frame = await embedFrame(page);
  await expectSized(page, frame);
  const before = (await heights(page, frame)).iframe;
  // pym 1.x measures body.offsetHeight, which misses these: the embed would be cut by 120 px
  // (net +96 here, as the 24 px of padding goes).
  await frame.evaluate(() => {
    const style = document.createElement('style');
    style.textContent =
      '.embed{padding:0!important} .embed > main > :first-child{margin-top:60px!important} .embed > footer{margin-bottom:60px!important}';
    document.head.append(style);
  });
  await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(before + 60);
  await expectSized(page, frame);
});

test('malformed and foreign messages are ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const w = window as unknown as { sizes: number };
    w.sizes = 0;
    addEventListener('message', (e) => {
      if (e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') w.sizes++;
    });
  });
  await page.setViewportSize({ width: 660, height: 800 });
  await page.goto(hostUrl('pym', STORY));
  const frame = await embedFrame(page);
  await expectSized(page, frame);
  const sizes = () => page.evaluate(() => (window as unknown as { sizes: number }).sizes);
  await page.waitForTimeout(500);
  const settled = await sizes();

  // Garbage from the real parent: no reply, no error, nothing in the DOM.
  await page.locator('iframe').evaluate((el) => {
    const target = (el as HTMLIFrameElement).contentWindow!;
    const junk: unknown[] = [
      'pymxPYMxpym-storyxPYMxwidthxPYMx99999999',
      'pymxPYMxpym-storyxPYMxwidthxPYMx<img src=x onerror="document.title=1">',
      'pymxPYMxpym-storyxPYMxnavigateToxPYMxjavascript:alert(1)',
      JSON.parse('{"__proto__": {"sentinel": "amp", "type": "frames-init"}}'),
      { sentinel: 'amp', type: 'frames-init ' },
      'x'.repeat(1_000_000),
      null,
      [1, 2, 3],
      42
    ];
    for (const data of junk) target.postMessage(data, '*');
  });
  await page.waitForTimeout(500);
  expect(await sizes()).toBe(settled);

  // A third-party frame on the host page pokes the embed: ignored (event.source is not the parent).
  await page.evaluate(
    (src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    },
    `http://localhost:${new URL(HOSTS).port}/sibling`
  );
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/sibling'))).toBe(true);
  await page.waitForTimeout(500);
  expect(await sizes()).toBe(settled);

  // Control: the same question from the real parent is answered, so the checks above can fail.
  await page
    .locator('iframe')
    .first()
    .evaluate((el) =>
      (el as HTMLIFrameElement).contentWindow!.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*')
    );
  await expect.poll(sizes).toBe(settled + 1);

  expect(errors).toEqual([]);
  expect(await frame.locator('img[src="x"]').count()).toBe(0);
  await expectSized(page, frame);
});

test('embed pages: noindex, canonical, outbound links to _top, attribution, no cookies or storage', async ({
  page
}) => {
  for (const l of [STORY, CHART, byPath('map/lithium')]) {
    await page.goto(embedUrl(SITE, l.path));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    expect(await page.locator('link[rel="canonical"]').evaluate((el) => (el as HTMLLinkElement).href)).toBe(`${SITE}/`);
    await expect(page.locator('.embed-attribution')).toContainText('Graphic:');
    await expect(page.locator('.source-line')).toContainText('The Gaze');
    await expect(page.locator('h1')).toHaveText(l.title);
    const outbound = page.locator('a[href^="http"]');
    expect(await outbound.count()).toBeGreaterThan(0);
    for (const target of await outbound.evaluateAll((as) => as.map((a) => a.getAttribute('target'))))
      expect(target).toBe('_top');
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
  }
});

// The story embed (/embed/) and the embed-code page are audited by the sweep (tests/e2e/sweep.e2e.ts)
// at five widths; the sweep takes another chart and map embed as its representatives, so these two stay.
for (const [name, path] of [
  ['a chart embed', () => embedUrl(SITE, CHART.path)],
  ['a map embed', () => embedUrl(SITE, 'map/lithium')]
] as const) {
  test(`axe: no violations on ${name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path());
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the embed-code page shows exactly the snippets the host pages run', async ({ page, request }) => {
  await page.goto(`${SITE}/embed-code/`);
  await expect(page.locator('main')).toHaveAttribute('data-site-url', SITE);
  for (const l of listings) {
    const expected = embedSnippets({
      url: embedUrl(SITE, l.path),
      slug: l.slug,
      title: l.title,
      height: l.fallbackHeight
    });
    const card = page.locator(`#embed-${l.slug}`);
    for (const kind of SNIPPET_KINDS) {
      const shown = await card.locator(`[data-snippet="${kind}"] code`).textContent();
      expect(shown, `${l.slug} ${kind}`).toBe(expected[kind]);
    }
  }
  for (const kind of SNIPPET_KINDS) {
    const shown = await page.locator(`#embed-${CHART.slug} [data-snippet="${kind}"] code`).textContent();
    expect(await (await request.get(hostUrl(kind, CHART))).text()).toContain(shown);
  }
});

test('embed-code: copy button copies, previews size themselves at five widths', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  await page.goto(`${SITE}/embed-code/`);
  const card = page.locator(`#embed-${CHART.slug}`);
  await card.locator('[data-snippet="pym"] button').click();
  await expect(card.locator('[data-snippet="pym"] [role="status"]')).toHaveText(EMBED_COPY.code.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await card.locator('[data-snippet="pym"] code').textContent()
  );

  await card.locator('summary').click();
  const previews = card.locator('[data-preview-width] iframe');
  await expect(previews).toHaveCount(5);
  for (const [i, width] of [330, 510, 660, 930, 1200].entries()) {
    const preview = previews.nth(i);
    await expect(preview).toHaveAttribute('width', String(width));
    const frame = await (await preview.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no preview frame');
    await frame.waitForSelector('[data-embed-id]');
    await expect
      .poll(async () => {
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return Math.abs(content - Number(await preview.getAttribute('height')));
      })
      .toBeLessThanOrEqual(2);
  }
  const h330 = Number(await previews.nth(0).getAttribute('height'));
  const h1200 = Number(await previews.nth(4).getAttribute('height'));
  expect(h330).toBeGreaterThan(h1200);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the embed-code page still offers every snippet as selectable text', async ({ page }) => {
    await page.goto(`${SITE}/embed-code/`);
    await expect(page.locator('[data-snippet] code')).toHaveCount(listings.length * 4);
    await expect(page.locator('[data-snippet] button')).toHaveCount(0);
    await expect(page.locator(`#embed-${CHART.slug} [data-snippet="iframe"] code`)).toContainText(
      'src="https://your-site.example/embed/chart/losses-pokrovsk/"'
    );
  });
});

test('the compact story embed is at most 15,000 px tall at 660 px, with every step and its panel; the full one stays', async ({
  page
}) => {
  await page.setViewportSize({ width: 660, height: 800 });
  await page.goto(hostUrl('pym', byPath('compact')));
  const frame = await embedFrame(page);
  await expectSized(page, frame);
  const compact = (await heights(page, frame)).iframe;
  console.log(`compact story embed at 660 px: ${Math.round(compact)} px`);
  expect(compact).toBeLessThanOrEqual(15_000);
  const steps = await frame.locator('.step').count();
  expect(steps).toBeGreaterThan(10);
  // Every map, chart and quote panel in flow (the op-ed's title card would repeat the first step).
  expect(await frame.locator('.step .step-panel-inline:visible').count()).toBe(steps - 1);
  // Context notes folded, not gone; the article linked, not printed.
  expect(await frame.locator('.step details.notes-folded').count()).toBeGreaterThan(5);
  await expect(frame.locator('#original')).toHaveCount(0);

  await page.goto(hostUrl('pym', STORY));
  const full = await embedFrame(page);
  await expectSized(page, full);
  expect((await heights(page, full)).iframe).toBeGreaterThan(compact + 5_000);
});

/** Where paragraph `id` sits in the host's viewport (its top, in px from the viewport's top). */
async function paragraphTop(page: Page, frame: Frame, id: string) {
  const inFrame = await frame.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
  const iframeTop = await page
    .locator('iframe')
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
  return iframeTop + inFrame;
}

test('pym host: a "¶ n" link in the story embed scrolls the host page to the paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 660, height: 800 });
  await page.goto(hostUrl('pym', STORY));
  const frame = await embedFrame(page);
  await expectSized(page, frame);
  const link = frame.locator('#step-where .cites a[href="#p1"]');
  await link.scrollIntoViewIfNeeded();
  const before = await paragraphTop(page, frame, 'p1');
  expect(before).toBeGreaterThan(2_000);
  await link.click();
  await expect.poll(() => paragraphTop(page, frame, 'p1')).toBeLessThan(5);
  expect(await paragraphTop(page, frame, 'p1')).toBeGreaterThan(-5);
  expect(page.url()).toContain(`${HOSTS}/host/pym`);
  await expect(frame.locator('#p1')).toBeFocused();
});

for (const kind of ['frames', 'datawrapper'] as const) {
  test(`${kind} host: a "¶ n" link in the story embed opens the paragraph in the main story`, async ({ page }) => {
    await page.setViewportSize({ width: 660, height: 800 });
    await page.goto(hostUrl(kind, STORY));
    const frame = await embedFrame(page);
    await expectSized(page, frame);
    const link = frame.locator('#step-where .cites a[href="#p1"]');
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page).toHaveURL(`${SITE}/#p1`);
    await expect(page.locator('#p1')).toBeInViewport();
  });
}

test('pym host, compact embed: a "¶ n" link (its paragraph is not in the embed) opens the main story', async ({
  page
}) => {
  await page.setViewportSize({ width: 660, height: 800 });
  await page.goto(hostUrl('pym', byPath('compact')));
  const frame = await embedFrame(page);
  const link = frame.locator('#step-where .cites a').first();
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(page).toHaveURL(`${SITE}/#p1`);
});

test('embed-code: a preview opened before the script has come stays open and fills in', async ({ page }) => {
  // Hold the app's scripts until the reader has opened the disclosure, as on a slow phone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${SITE}/embed-code/`, { waitUntil: 'domcontentloaded' });
  const card = page.locator(`#embed-${STORY.slug}`);
  await card.locator('summary').click();
  await expect(card.locator('details.previews')).toHaveAttribute('open', '');
  release();
  await expect(card.locator('[data-preview-width] .scroller')).toHaveCount(5);
  await expect(card.locator('details.previews')).toHaveAttribute('open', '');
});

test('embed-code: the story previews sit in fixed-height windows that scroll', async ({ page }) => {
  await page.goto(`${SITE}/embed-code/`);
  const closed = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const l of [STORY, byPath('compact')]) {
    const card = page.locator(`#embed-${l.slug}`);
    await card.locator('summary').click();
    const windows = card.locator('[data-preview-width] .scroller');
    await expect(windows).toHaveCount(5);
    const frame = await (await windows.first().locator('iframe').elementHandle())?.contentFrame();
    await frame?.waitForSelector('[data-embed-id]');
    await expect
      .poll(async () => Number(await windows.first().locator('iframe').getAttribute('height')))
      .toBeGreaterThan(5_000);
    for (const box of await windows.evaluateAll((els) => els.map((el) => ({ h: el.clientHeight, s: el.scrollHeight }))))
      expect(box.h).toBeLessThanOrEqual(800);
    const scrolls = await windows.first().evaluate((el) => el.scrollHeight > el.clientHeight + 1000);
    expect(scrolls).toBe(true);
  }
  // Ten previews of embeds 15,000–40,000 px tall add no more than ten windows to the page.
  const grown = (await page.evaluate(() => document.documentElement.scrollHeight)) - closed;
  console.log(`embed-code: the two story previews add ${grown} px to the page`);
  expect(grown).toBeLessThan(10 * 800);
});
