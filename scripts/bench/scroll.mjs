// A scripted scroll through the whole story: long tasks (PerformanceObserver 'longtask'),
// dropped frames (rAF gaps over 1.5 frames), and time from the first map step to map idle.

const OBSERVE = () => {
  const w = window;
  w.__longTasks = [];
  w.__frames = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const tick = (now) => {
    w.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function scriptedScroll(browser, url) {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__frames = [];
  });
  let mapIdleMs = null;
  const end = await page.evaluate(() => document.querySelector('ol.steps')?.getBoundingClientRect().bottom + scrollY);
  let mapStart = null;
  while ((await page.evaluate(() => scrollY + innerHeight)) < end) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
    if (mapStart === null && (await page.locator('.stage[data-panel-type="map"]').count())) mapStart = Date.now();
    if (mapStart !== null && mapIdleMs === null && (await page.locator('[data-map-ready="true"]').count())) mapIdleMs = Date.now() - mapStart;
  }
  const { longTasks, frames } = await page.evaluate(() => ({ longTasks: window.__longTasks, frames: window.__frames }));
  await page.close();
  return {
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : 0,
    frames: frames.length,
    droppedFrames: frames.filter((gap) => gap > 25).length,
    mapIdleMs
  };
}
