// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { onImageFailure } from './image-failure';

function image(state: { complete: boolean; naturalWidth: number; currentSrc: string }): HTMLImageElement {
  const img = document.createElement('img');
  for (const [key, value] of Object.entries(state)) Object.defineProperty(img, key, { value });
  return img;
}

describe('onImageFailure', () => {
  it('reports an image that fails after it is attached', () => {
    const onfail = vi.fn();
    const img = image({ complete: false, naturalWidth: 0, currentSrc: '' });
    onImageFailure(onfail)(img);
    expect(onfail).not.toHaveBeenCalled();
    img.dispatchEvent(new Event('error'));
    expect(onfail).toHaveBeenCalledOnce();
  });

  it('reports an image that had already failed before hydration', () => {
    const onfail = vi.fn();
    onImageFailure(onfail)(image({ complete: true, naturalWidth: 0, currentSrc: 'http://x/maps/a.svg' }));
    expect(onfail).toHaveBeenCalledOnce();
  });

  it('leaves a loaded image, and a lazy one not fetched yet, alone', () => {
    const onfail = vi.fn();
    onImageFailure(onfail)(image({ complete: true, naturalWidth: 640, currentSrc: 'http://x/a.svg' }));
    onImageFailure(onfail)(image({ complete: false, naturalWidth: 0, currentSrc: '' }));
    expect(onfail).not.toHaveBeenCalled();
  });

  it('stops listening after its cleanup', () => {
    const onfail = vi.fn();
    const img = image({ complete: false, naturalWidth: 0, currentSrc: '' });
    const cleanup = onImageFailure(onfail)(img);
    cleanup();
    img.dispatchEvent(new Event('error'));
    expect(onfail).not.toHaveBeenCalled();
  });
});
