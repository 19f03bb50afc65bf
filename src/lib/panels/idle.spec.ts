import { describe, expect, it, vi } from 'vitest';
import { whenIdle, type IdleHost } from './idle';

describe('whenIdle', () => {
  it('uses requestIdleCallback with the timeout cap, and cancels it', () => {
    const ric = vi.fn((_fn: () => void, _o?: { timeout: number }) => 7);
    const cic = vi.fn();
    const host: IdleHost = {
      requestIdleCallback: ric,
      cancelIdleCallback: cic,
      setTimeout: vi.fn(),
      clearTimeout: vi.fn()
    };
    const fn = () => {};
    const cancel = whenIdle(fn, 900, host);
    expect(ric).toHaveBeenCalledWith(fn, { timeout: 900 });
    expect(host.setTimeout).not.toHaveBeenCalled();
    cancel();
    expect(cic).toHaveBeenCalledWith(7);
  });

  it('falls back to a timeout where requestIdleCallback is missing', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      whenIdle(fn, 1500, globalThis as unknown as IdleHost);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(fn).toHaveBeenCalledTimes(1);
      const later = vi.fn();
      whenIdle(later, 1500, globalThis as unknown as IdleHost)();
      vi.advanceTimersByTime(2000);
      expect(later).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
