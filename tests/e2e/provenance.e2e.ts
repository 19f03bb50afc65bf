import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, sweep } from '../../scripts/provenance/sweep';

// Every number traced, by construction: each figure a reader sees on every prerendered route
// (/, /embed/…, /present/, /print/ …) must come from the article's text, a figure record, a dated
// and cited context note, a derived record with its formula, or a non-claim on the allow-list in
// scripts/provenance/numbers.ts. Reads build/ only (no browser), so it runs once, on desktop.

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test uses from this pattern
test('every figure on every built page traces to its source', ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'reads files, not the page: once is enough');
  expect(existsSync('build/index.html'), 'run `npm run build` first').toBe(true);
  const pages = builtPages('build');
  expect(pages.map((p) => p.route)).toEqual(expect.arrayContaining(['/', '/present/', '/print/', '/embed/']));
  expect(pages.filter((p) => p.route.startsWith('/embed/chart/')).length).toBeGreaterThan(0);
  const misses = sweep(pages).map((m) => `${m.page}: "${m.number}" in …${m.words}…`);
  expect(misses, `untraced figures:\n${misses.join('\n')}`).toEqual([]);
});
