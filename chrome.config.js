// Shared by playwright.config.ts and the bench, pdf and screenshot scripts.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const NO_BROWSER_MESSAGE =
  'No Chromium found: run `sh scripts/ensure-chromium.sh` (Debian: apt-get install -y chromium) or set CHROME_PATH.';

function playwrightOwnBrowser() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * `npx playwright install` cannot download browsers on this network, so we fall back to Debian's
 * chromium. Order: CHROME_PATH → Playwright's own browser if one is installed → /usr/bin/chromium.
 */
export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const own = playwrightOwnBrowser();
  if (own && existsSync(own)) return own;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}

/** findChrome(), or a one-line message saying how to install one and exit code 1. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  return path;
}

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
