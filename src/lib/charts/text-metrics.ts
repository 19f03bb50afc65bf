// Label sizes before anything is drawn: the prerendered images have no DOM to measure, and the
// layout (where a value label goes, how much room the scale leaves) must be the same on the
// server and in the browser. Widths are per-character estimates for a sans-serif face, on the
// generous side (DejaVu Sans, the widest fallback an image may get), so a label that "fits" here fits when drawn; the Chromium label test
// (tests/e2e/chart-labels.e2e.ts) measures the real boxes.
// Not ../model/text-metrics.ts (Noto Sans' own widths, for the map labels and share cards): chart
// images embed no font, so they may draw in a wider one (README.md, after the code map).

import { CHART_MARK_COPY } from '$content/chart-copy';

const NARROW = new Set([..." .,:;·’'|!il()[]"]);
const WIDE = new Set([...'mwMW%—']);

/** Estimated width in px of `text` at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.95;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else em += 0.6;
  }
  return em * size;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A citation date as a chart label: "2023-05-01" → "May 2023", "2024-02" → "Feb 2024", "2024" → "2024". */
export function shortDate(date: string): string {
  const match = /^~?(\d{4})(?:-(\d{2}))?/.exec(date);
  // Not a publication date ("stored copy, 2026"): only the year it is known by.
  if (!match) return /\b(\d{4})\b/.test(date) ? CHART_MARK_COPY.asOfYear(/\b(\d{4})\b/.exec(date)![1]!) : date;
  const month = match[2] ? SHORT_MONTHS[Number(match[2]) - 1] : undefined;
  const approx = /approx|^~/i.test(date) ? '~' : '';
  return month ? `${approx}${month} ${match[1]}` : `${approx}${match[1]}`;
}
