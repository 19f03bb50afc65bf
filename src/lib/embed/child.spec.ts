// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmbedChild, type EmbedWindow } from './child';

const PARENT_URL = 'http://127.0.0.1:4193/host.html';
const PYM_QUERY = `?initialWidth=660&childId=graphic&parentTitle=Host&parentUrl=${encodeURIComponent(PARENT_URL)}`;

function fakeWindow(search: string) {
  const target = new EventTarget();
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const win: EmbedWindow = {
    parent,
    location: { search },
    document,
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener),
    setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id)
  };
  const message = (data: unknown, source: unknown = parent, origin = 'http://127.0.0.1:4193') =>
    target.dispatchEvent(Object.assign(new Event('message'), { data, source, origin }));
  const fire = (type: string) => target.dispatchEvent(new Event(type));
  return { win, parent, message, fire };
}

let height = 500;
const measure = vi.fn(() => height);
const sent = (parent: { postMessage: { mock: { calls: [unknown, string][] } } }) =>
  parent.postMessage.mock.calls.map((c) => c[0]);

beforeEach(() => {
  vi.useFakeTimers();
  height = 500;
  measure.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('startEmbedChild', () => {
  it('sends one height in all three protocols on start', () => {
    const { win, parent } = fakeWindow(PYM_QUERY);
    startEmbedChild(win, { embedId: 'chart-losses', measure });
    vi.runAllTimers();
    expect(sent(parent)).toEqual([
      'pymxPYMxgraphicxPYMxheightxPYMx500',
      { sentinel: 'amp', type: 'embed-size', height: 500 },
      { 'datawrapper-height': { 'chart-losses': 500 } }
    ]);
    expect(parent.postMessage.mock.calls.every((c) => c[1] === '*')).toBe(true);
  });

  it('coalesces a burst of events into one measurement and stays quiet while the height holds', () => {
    const { win, parent, fire } = fakeWindow(PYM_QUERY);
    startEmbedChild(win, { embedId: 'story', measure });
    vi.runAllTimers();
    fire('resize');
    fire('load');
    fire('resize');
    vi.runAllTimers();
    expect(measure).toHaveBeenCalledTimes(2);
    expect(parent.postMessage).toHaveBeenCalledTimes(3);
    height = 640;
    fire('resize');
    vi.runAllTimers();
    expect(sent(parent).slice(3)).toContain('pymxPYMxgraphicxPYMxheightxPYMx640');
  });

  it('without a pym query it still speaks frames and Datawrapper', () => {
    const { win, parent } = fakeWindow('?childId=%3Cscript%3E');
    startEmbedChild(win, { embedId: 'story', measure });
    vi.runAllTimers();
    expect(sent(parent)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 500 },
      { 'datawrapper-height': { story: 500 } }
    ]);
  });

  it('answers frames-init from the parent even when the height has not changed', () => {
    const { win, parent, message } = fakeWindow('');
    startEmbedChild(win, { embedId: 'story', measure });
    vi.runAllTimers();
    parent.postMessage.mockClear();
    message({ sentinel: 'amp', type: 'frames-init' });
    expect(sent(parent)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 500 }]);
  });

  it('re-measures on the parent’s width message and reports the width', () => {
    const { win, message } = fakeWindow(PYM_QUERY);
    const onParentWidth = vi.fn();
    startEmbedChild(win, { embedId: 'story', measure, onParentWidth });
    vi.runAllTimers();
    message('pymxPYMxgraphicxPYMxwidthxPYMx330');
    vi.runAllTimers();
    expect(onParentWidth).toHaveBeenCalledWith(330);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('ignores messages from other windows, other origins, and malformed ones', () => {
    const { win, parent, message } = fakeWindow(PYM_QUERY);
    const onParentWidth = vi.fn();
    startEmbedChild(win, { embedId: 'story', measure, onParentWidth });
    vi.runAllTimers();
    parent.postMessage.mockClear();
    message('pymxPYMxgraphicxPYMxwidthxPYMx330', {}); // a sibling frame or the embed itself
    message('pymxPYMxgraphicxPYMxwidthxPYMx330', parent, 'https://evil.example');
    message({ sentinel: 'amp', type: 'frames-init' }, parent, 'https://evil.example');
    message('pymxPYMxgraphicxPYMxwidthxPYMx1e9');
    message('pymxPYMxgraphicxPYMxwidthxPYMx<img src=x onerror=alert(1)>');
    message(JSON.parse('{"__proto__": {"sentinel": "amp", "type": "frames-init"}}'));
    vi.runAllTimers();
    expect(onParentWidth).not.toHaveBeenCalled();
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it('does nothing when not framed', () => {
    const { win, parent } = fakeWindow(PYM_QUERY);
    const self = { ...win, parent: undefined as unknown as EmbedWindow['parent'] };
    Object.assign(self, { parent: self });
    startEmbedChild(self, { embedId: 'story', measure });
    vi.runAllTimers();
    expect(measure).not.toHaveBeenCalled();
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('stops measuring and listening after cleanup', () => {
    const { win, parent, fire, message } = fakeWindow(PYM_QUERY);
    const stop = startEmbedChild(win, { embedId: 'story', measure });
    stop();
    height = 900;
    fire('resize');
    message({ sentinel: 'amp', type: 'frames-init' });
    vi.runAllTimers();
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('keeps re-measuring a runaway height at a bounded rate instead of flooding the parent', () => {
    const { win, parent, fire } = fakeWindow('');
    // Every measurement is taller than the last, as with content sized in vh inside the iframe.
    const runaway = vi.fn(() => (height += 100));
    startEmbedChild(win, { embedId: 'story', measure: runaway, now: () => Date.now() });
    for (let t = 0; t < 2000; t += 10) {
      fire('resize');
      vi.advanceTimersByTime(10);
    }
    const frames = sent(parent).filter((m) => typeof m === 'object' && m !== null && 'sentinel' in m);
    expect(runaway.mock.calls.length).toBeLessThan(100); // held back: it waits out the window instead of measuring per event
    expect(frames.length).toBeGreaterThanOrEqual(20);
    expect(frames.length).toBeLessThanOrEqual(41);
  });
});
