import { getContext, setContext } from 'svelte';

// Pages for paper need every image before printing starts; elsewhere images load as they near
// the screen, and hidden copies (the in-flow panels when JS runs) never load at all.
export type ImageLoading = 'lazy' | 'eager';
const KEY = Symbol('image-loading');

export const setImageLoading = (mode: ImageLoading): void => void setContext(KEY, mode);
export const getImageLoading = (): ImageLoading => getContext<ImageLoading | undefined>(KEY) ?? 'lazy';
