import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { lazyComponent } from './lazy-component';

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
