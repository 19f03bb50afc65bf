// Shared by playwright.config.ts and the bench/pdf scripts.
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * `npx playwright install` cannot download browsers on this network, so we prefer Debian's chromium.
 * Order: CHROME_PATH → Playwright's own browser if one is installed → /usr/bin/chromium.
 * @param {() => string | undefined} playwrightOwn path of Playwright's bundled browser, if any
 */
export function findChrome(playwrightOwn = () => undefined) {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const own = playwrightOwn();
  if (own && existsSync(own)) return own;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found: run `sh scripts/ensure-chromium.sh` (Debian: apt-get install -y chromium) or set CHROME_PATH.';

/**
 * Flags for a system Chromium in a closed network, running as root.
 * WebGL (maplibre) still works with --disable-gpu: headless Chromium falls back to SwiftShader.
 * No --user-data-dir: Playwright makes its own temp profile and rejects the flag.
 */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
