// One measurement of the embed's height, shared by every size protocol (pym, frames, Datawrapper).

/** Chromium stops laying out at 2^25 px; anything near it is a runaway (a page sized from the
 * iframe's own height), not content. */
export const MAX_EMBED_HEIGHT = 200_000;

/** What one measurement reads from the DOM, kept apart so the arithmetic is testable without layout. */
export interface DocumentMetrics {
  /** `<html>`'s border box: contains body's margins and margins that collapse through body. */
  rootHeight: number;
  rootMarginTop: number;
  rootMarginBottom: number;
  /** Distance from `<html>`'s top edge to `<body>`'s border-box top (body margin + html padding). */
  bodyOffsetTop: number;
  /** Body's scrolling area: catches absolutely positioned or transformed content outside its box. */
  bodyScrollHeight: number;
  /** Body's top + bottom border widths (scrollHeight starts inside the border). */
  bodyBorderY: number;
  bodyMarginBottom: number;
}

/**
 * Why this formula (and not pym.js's own):
 * - pym 1.x sends `body.offsetHeight`, which leaves out body's margins and any child margin that
 *   collapses through body, so the embed is cut off by a heading's margin (nprapps/pym.js#83, #153).
 * - `<html>`'s rect height includes them: the root element starts a block formatting context,
 *   so no margin escapes it.
 * - `documentElement.scrollHeight`/`clientHeight` (the pym#64 suggestion) are at least the viewport
 *   height, i.e. the iframe's current height: once grown, the embed could never shrink again.
 * - `body.scrollHeight` adds content that overflows the boxes (positioned tooltips, negative margins).
 */
export function heightFromMetrics(m: DocumentMetrics): number {
  const values = Object.values(m);
  if (!values.every((n) => Number.isFinite(n))) return Number.NaN;
  const root = m.rootHeight + m.rootMarginTop + m.rootMarginBottom;
  const body = m.rootMarginTop + m.bodyOffsetTop + m.bodyScrollHeight + m.bodyBorderY + m.bodyMarginBottom;
  return Math.ceil(Math.max(root, body, 0));
}

export function readMetrics(doc: Document): DocumentMetrics {
  const view = doc.defaultView;
  const html = doc.documentElement;
  const body = doc.body;
  const px = (el: Element, prop: 'marginTop' | 'marginBottom') =>
    view ? Number.parseFloat(view.getComputedStyle(el)[prop]) || 0 : 0;
  const rootRect = html.getBoundingClientRect();
  return {
    rootHeight: rootRect.height,
    rootMarginTop: px(html, 'marginTop'),
    rootMarginBottom: px(html, 'marginBottom'),
    bodyOffsetTop: body ? body.getBoundingClientRect().top - rootRect.top : 0,
    bodyScrollHeight: body ? body.scrollHeight : 0,
    bodyBorderY: body ? body.offsetHeight - body.clientHeight : 0,
    bodyMarginBottom: body ? px(body, 'marginBottom') : 0
  };
}

export function measureDocumentHeight(doc: Document): number {
  return heightFromMetrics(readMetrics(doc));
}

export type GateResult =
  | { send: true; height: number }
  | { send: false; reason: 'invalid' | 'unchanged' }
  /** Held back; measure again after `retryInMs` so a real change is late, never lost. */
  | { send: false; reason: 'damped' | 'rate-limited'; retryInMs: number };

export interface HeightGateOptions {
  now: () => number;
  /** A loop shows up as many sends, or a flip-flop between two heights, inside this window. */
  windowMs?: number;
  maxSendsPerWindow?: number;
  max?: number;
}

/**
 * Decides whether a measured height is worth a message. Never reports the same height twice, and
 * damps the two loops an auto-height iframe can fall into:
 * - A→B→A flip-flops (a scrollbar or a width media query toggling with the height): settle on the
 *   larger value, which fits both layouts;
 * - runaway growth (content sized from the iframe's own height): cap the send rate.
 * Held-back heights come with `retryInMs`; after the window a real shrink goes through.
 */
export function createHeightGate({
  now,
  windowMs = 1000,
  maxSendsPerWindow = 20,
  max = MAX_EMBED_HEIGHT
}: HeightGateOptions) {
  let sent: { height: number; at: number }[] = [];
  let lastEver: number | undefined;

  return {
    offer(measured: number): GateResult {
      if (!Number.isFinite(measured) || measured < 0) return { send: false, reason: 'invalid' };
      let height = Math.min(Math.ceil(measured), max);
      const t = now();
      sent = sent.filter((s) => t - s.at < windowMs);
      const retryInMs = Math.max(1, windowMs - (t - (sent[0]?.at ?? t)));
      const last = sent.at(-1);
      const beforeLast = sent.at(-2);
      if (last && beforeLast && height === beforeLast.height && height !== last.height) {
        height = Math.max(height, last.height);
        if (height === last.height) return { send: false, reason: 'damped', retryInMs };
      }
      if (height === lastEver) return { send: false, reason: 'unchanged' };
      if (sent.length >= maxSendsPerWindow) return { send: false, reason: 'rate-limited', retryInMs };
      sent.push({ height, at: t });
      lastEver = height;
      return { send: true, height };
    },
    /** The height most recently sent, for answering a parent that asks (frames-init). */
    get current(): number | undefined {
      return lastEver;
    }
  };
}
