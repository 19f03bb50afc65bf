import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { lazyComponent, loadOrRetryOnline } from './lazy-component';

describe('lazyComponent', () => {
  it('imports once, shares the promise, and reports the component once it has arrived', async () => {
    const component = (() => {}) as unknown as Component<{ a: number }>;
    const importer = vi.fn(async () => ({ default: component }));
    const lazy = lazyComponent(importer);
    expect(importer).not.toHaveBeenCalled();
    expect(lazy.loaded()).toBeUndefined();
    const [first, second] = [lazy.load(), lazy.load()];
    expect(first).toBe(second);
    expect(await first).toBe(component);
    expect(lazy.loaded()).toBe(component);
    expect(importer).toHaveBeenCalledTimes(1);
  });
});

describe('lazyComponent after a failed download', () => {
  it('forgets the rejection, so the next load downloads again', async () => {
    const component = (() => {}) as unknown as Component<{ a: number }>;
    const importer = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: component });
    const lazy = lazyComponent(importer);
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(await lazy.load()).toBe(component);
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('loadOrRetryOnline', () => {
  it('catches a failed load and tries again on the next "online" event', async () => {
    const component = (() => {}) as unknown as Component<{ a: number }>;
    const importer = vi.fn().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue({ default: component });
    const target = new EventTarget();
    const use = vi.fn();
    loadOrRetryOnline(lazyComponent(importer), use, target as unknown as Window);
    await vi.waitFor(() => expect(importer).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r));
    expect(use).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(use).toHaveBeenCalledWith(component));
  });

  it('does nothing after its cleanup, even when the network returns', async () => {
    const importer = vi.fn().mockRejectedValue(new TypeError('offline'));
    const target = new EventTarget();
    const use = vi.fn();
    const stop = loadOrRetryOnline(lazyComponent(importer), use, target as unknown as Window);
    await new Promise((r) => setTimeout(r));
    stop();
    target.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r));
    expect(importer).toHaveBeenCalledTimes(1);
    expect(use).not.toHaveBeenCalled();
  });
});
