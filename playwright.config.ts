import { defineConfig } from '@playwright/test';
import { chromeFlags, requireChrome } from './chrome.config.js';

const CI = !!process.env.CI;
const executablePath = requireChrome();

// PREVIEW_PORT lets several checkouts run their e2e suites side by side.
export const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
// Host pages for the embed tests: another port, so the embeds run cross-origin as on a newsroom's site.
export const EMBED_HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  forbidOnly: CI,
  // In CI a failed test runs once more: on two loaded cores Chromium's software GL has held a page's
  // frames for over 15 s, a different test each run. A test that passes only on its second run is
  // listed as flaky in the report (and in the note), not hidden; one that fails twice fails CI.
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: CI ? [['list']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failed test keeps its trace. In CI without screenshots and DOM snapshots: recording them on
    // every action of every passing test cost up to a quarter of a test (the story page is long);
    // the action log, console and network are kept.
    trace: CI ? { mode: 'retain-on-failure', screenshots: false, snapshots: false } : 'retain-on-failure',
    launchOptions: { executablePath, args: chromeFlags }
  },
  // Order matters with two workers: tests are handed out in this order, so the long audits go first
  // and the short ones fill in at the end, rather than one worker finishing a long test alone.
  projects: [
    // Sets its own widths (330–1200 px), so it runs once rather than per device.
    { name: 'sweep', testMatch: '**/sweep.e2e.ts' },
    { name: 'desktop', testIgnore: '**/sweep.e2e.ts', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      // Width-independent suites (hostile input, embeds at their own widths, the sweep) run once, on desktop or their own
      // project; so do single tests tagged @width-independent.
      testIgnore: ['**/sweep.e2e.ts', '**/embed.e2e.ts', '**/security.e2e.ts'],
      grepInvert: /@width-independent/,
      use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
    }
  ],
  webServer: [
    {
      // `npm test` builds first; never reuse a server that may serve an older build's asset hashes.
      command: 'npm run preview',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000
    },
    {
      command: 'node scripts/embed-host-server.mjs',
      url: `http://127.0.0.1:${EMBED_HOST_PORT}/`,
      env: { EMBED_HOST_PORT: String(EMBED_HOST_PORT), PREVIEW_PORT: String(PORT) },
      reuseExistingServer: false,
      timeout: 30_000
    }
  ]
});
