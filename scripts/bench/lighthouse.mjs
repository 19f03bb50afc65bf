// Lighthouse (npm) through chrome-launcher on the same Chromium the tests use.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromeFlags } from '../../chrome.config.js';

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** Median of `runs` Lighthouse runs for each url × preset. */
export async function runLighthouse(urls, { chromePath, runs = 3, presets = ['mobile', 'desktop'] }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  const results = [];
  try {
    for (const url of urls) {
      for (const preset of presets) {
        const samples = [];
        for (let i = 0; i < runs; i++) {
          const config = preset === 'desktop' ? desktopConfig : undefined;
          const result = await lighthouse(
            url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
            config
          );
          const { lhr } = result;
          const audit = (id) => lhr.audits[id]?.numericValue;
          samples.push({
            score: lhr.categories.performance.score * 100,
            lcp: audit('largest-contentful-paint'),
            tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
            bytes: audit('total-byte-weight'),
            requests: lhr.audits['network-requests']?.details?.items?.length ?? null
          });
        }
        const pick = (key) => median(samples.map((s) => s[key]));
        results.push({
          url,
          preset,
          score: pick('score'),
          lcp: pick('lcp'),
          tbt: pick('tbt'),
          cls: pick('cls'),
          bytes: pick('bytes'),
          requests: pick('requests')
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
