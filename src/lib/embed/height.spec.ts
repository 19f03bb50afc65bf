import { describe, expect, it } from 'vitest';
import { createHeightGate, heightFromMetrics, MAX_EMBED_HEIGHT, type DocumentMetrics } from './height';

const plain: DocumentMetrics = {
  rootHeight: 500,
  rootMarginTop: 0,
  rootMarginBottom: 0,
  bodyOffsetTop: 8,
  bodyScrollHeight: 484,
  bodyBorderY: 0,
  bodyMarginBottom: 8
};

describe('heightFromMetrics', () => {
  it('uses the root box, which already holds body margins and collapsed child margins (pym#83)', () => {
    // body.offsetHeight would say 484; the margins that pym 1.x drops are inside the root's 500.
    expect(heightFromMetrics(plain)).toBe(500);
  });

  it('adds margins on <html> itself', () => {
    expect(heightFromMetrics({ ...plain, rootMarginTop: 10, rootMarginBottom: 6 })).toBe(516);
  });

  it('includes content that overflows body (an absolutely positioned note below the text)', () => {
    expect(heightFromMetrics({ ...plain, bodyScrollHeight: 900 })).toBe(8 + 900 + 8);
  });

  it('rounds sub-pixel layouts up so the last line is never clipped', () => {
    expect(heightFromMetrics({ ...plain, rootHeight: 500.2 })).toBe(501);
  });

  it('returns NaN rather than a made-up height when a metric is not a number', () => {
    expect(heightFromMetrics({ ...plain, bodyScrollHeight: Number.NaN })).toBeNaN();
    expect(heightFromMetrics({ ...plain, rootHeight: Number.POSITIVE_INFINITY })).toBeNaN();
  });

  it('never goes below zero', () => {
    expect(
      heightFromMetrics({ ...plain, rootHeight: -50, bodyOffsetTop: -50, bodyScrollHeight: 0, bodyMarginBottom: 0 })
    ).toBe(0);
  });
});

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createHeightGate', () => {
  it('sends a new height once and never repeats it', () => {
    const c = clock();
    const gate = createHeightGate({ now: c.now });
    expect(gate.offer(400)).toEqual({ send: true, height: 400 });
    expect(gate.offer(400)).toEqual({ send: false, reason: 'unchanged' });
    c.advance(5000);
    expect(gate.offer(399.4)).toEqual({ send: false, reason: 'unchanged' });
    expect(gate.offer(420)).toEqual({ send: true, height: 420 });
    expect(gate.current).toBe(420);
  });

  it('rejects NaN, infinities and negatives, and caps runaway heights', () => {
    const gate = createHeightGate({ now: clock().now });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]) {
      expect(gate.offer(bad)).toEqual({ send: false, reason: 'invalid' });
    }
    expect(gate.offer(2 ** 25)).toEqual({ send: true, height: MAX_EMBED_HEIGHT });
    expect(gate.offer(1e300)).toEqual({ send: false, reason: 'unchanged' });
  });

  it('settles an A→B→A flip-flop on the larger height', () => {
    const c = clock();
    const gate = createHeightGate({ now: c.now });
    expect(gate.offer(500).send).toBe(true);
    c.advance(16);
    expect(gate.offer(480).send).toBe(true);
    c.advance(16);
    expect(gate.offer(500)).toEqual({ send: true, height: 500 });
    c.advance(16);
    expect(gate.offer(480)).toMatchObject({ send: false, reason: 'damped' });
    c.advance(16);
    expect(gate.offer(500)).toEqual({ send: false, reason: 'unchanged' });
  });

  it('lets a real shrink through once the loop window has passed', () => {
    const c = clock();
    const gate = createHeightGate({ now: c.now, windowMs: 1000 });
    gate.offer(300);
    gate.offer(800);
    const held = gate.offer(300);
    expect(held).toMatchObject({ send: false, reason: 'damped' });
    c.advance(held.send === false && 'retryInMs' in held ? held.retryInMs : 0);
    expect(gate.offer(300)).toEqual({ send: true, height: 300 });
  });

  it('rate-limits runaway growth and says when to measure again', () => {
    const c = clock();
    const gate = createHeightGate({ now: c.now, windowMs: 1000, maxSendsPerWindow: 5 });
    for (let i = 1; i <= 5; i++) {
      expect(gate.offer(100 * i).send).toBe(true);
      c.advance(10);
    }
    expect(gate.offer(600)).toEqual({ send: false, reason: 'rate-limited', retryInMs: 950 });
    c.advance(950);
    expect(gate.offer(600)).toEqual({ send: true, height: 600 });
  });
});
