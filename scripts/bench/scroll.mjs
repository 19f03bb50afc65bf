// Scripted scrolls through the whole story: long tasks (PerformanceObserver 'longtask'), late
// frames (rAF gaps > 25 ms, i.e. more than 1.5 frames at 60 Hz) and time from the first map step
// to map idle. Two kinds, as the issue sets them: a mouse-wheel scroll at 1280 px and a
// touch-speed scroll (touch-event swipes) at 375 px. The same scrolls over
// the plain-HTML baseline say how late frames are on this machine when the page costs nothing.
// A bare MapLibre map of the same GeoJSON gives the long-task anchor (`bareMapLongTasks`).

const OBSERVE = () => {
  const w = /** @type {any} */ (window);
  w.__longTasks = [];
  w.__frames = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true
  });
  // WebGL draw calls per frame: a late frame in which the live map drew is told apart from one
  // the page itself made late (in software GL a map frame costs ~50 ms of drawing on this machine).
  w.__mapFrames = [];
  let draws = 0;
  for (const context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!context) continue;
    for (const name of ['drawElements', 'drawArrays']) {
      const draw = context.prototype[name];
      context.prototype[name] = function (...args) {
        draws += 1;
        return draw.apply(this, args);
      };
    }
  }
  let last = performance.now();
  const tick = (now) => {
    w.__frames.push(now - last);
    w.__mapFrames.push(draws > 0);
    draws = 0;
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const LATE_MS = 25;
const VIEWPORTS = {
  wheel: { viewport: { width: 1280, height: 800 } },
  touch: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
};

/** `mapFrames[i]`: the live map drew in frame i (WebGL draw calls); missing for pages without one. */
export function summarise({ longTasks, frames, mapFrames = [] }, extra = {}) {
  const late = frames.map((gap) => gap > LATE_MS);
  return {
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : 0,
    frames: frames.length,
    lateFrames: late.filter(Boolean).length,
    lateFramesMapDrawing: late.filter((isLate, i) => isLate && mapFrames[i]).length,
    ...extra
  };
}

/** @param {import('@playwright/test').Browser} browser @param {string} url @param {'wheel' | 'touch'} kind */
export async function scriptedScroll(browser, url, kind) {
  const page = await browser.newPage(VIEWPORTS[kind]);
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    w.__frames = [];
    w.__mapFrames = [];
  });
  // The story's steps end the scroll; the baseline has none, so it scrolls to its end.
  const end = await page.evaluate(
    () => (document.querySelector('ol.steps')?.getBoundingClientRect().bottom ?? document.body.scrollHeight) + scrollY
  );
  let mapIdleMs = null;
  if (kind === 'wheel') {
    let mapStart = null;
    while ((await page.evaluate(() => scrollY + innerHeight)) < end) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
      if (mapStart === null && (await page.locator('.stage[data-panel-type="map"]').count())) mapStart = Date.now();
      if (mapStart !== null && mapIdleMs === null && (await page.locator('[data-map-ready="true"]').count()))
        mapIdleMs = Date.now() - mapStart;
    }
  } else {
    // Finger swipes of 600 px (20 moves of 30 px, one per frame: ~1,900 px/s when the machine
    // keeps up), dispatched as touch events so they take the browser's real touch-scroll path.
    // (Input.synthesizeScrollGesture does not scroll in headless Chromium.)
    const cdp = await page.context().newCDPSession(page);
    const x = 180;
    const from = VIEWPORTS.touch.viewport.height - 100;
    for (let guard = 0; guard < 400 && (await page.evaluate(() => scrollY + innerHeight)) < end; guard++) {
      let y = from;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 0; i < 20; i++) {
        y -= 30;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
  }
  const data = await page.evaluate(() => ({
    longTasks: /** @type {any} */ (window).__longTasks,
    frames: /** @type {any} */ (window).__frames,
    mapFrames: /** @type {any} */ (window).__mapFrames
  }));
  await page.close();
  return summarise(data, { mapIdleMs });
}

/** Long tasks while a bare MapLibre map (no story, no labels) loads the same GeoJSON and goes idle. */
export async function bareMapLongTasks(browser, url, kind) {
  const page = await browser.newPage(VIEWPORTS[kind]);
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => /** @type {any} */ (window).__mapIdle === true, undefined, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const data = await page.evaluate(() => ({
    longTasks: /** @type {any} */ (window).__longTasks,
    frames: /** @type {any} */ (window).__frames
  }));
  await page.close();
  return summarise(data);
}
