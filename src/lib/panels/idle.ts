// Work that may wait for a quiet moment (warming the GL map before its step): requestIdleCallback
// where the browser has it (Safari does not), else a timeout. `timeout` caps the wait, so the work
// still starts when the reader keeps the main thread busy by scrolling.

export interface IdleHost {
  requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/** Runs `fn` once the main thread is idle (or after `timeout` ms); returns a cancel function. */
export function whenIdle(
  fn: () => void,
  timeout = 1500,
  host: IdleHost = globalThis as unknown as IdleHost
): () => void {
  if (host.requestIdleCallback && host.cancelIdleCallback) {
    const id = host.requestIdleCallback(fn, { timeout });
    return () => host.cancelIdleCallback!(id);
  }
  const id = host.setTimeout(fn, Math.min(timeout, 200));
  return () => host.clearTimeout(id as never);
}
