import type { Handle } from '@sveltejs/kit';

// The text above the fold is set in these faces; preloading them lets the first paint use them
// instead of swapping fonts (a layout shift) a moment later. Other faces load when used.
const FIRST_PAINT_FONTS = /(source-serif-4-latin-(400|600)-normal|noto-sans-latin-400-normal)\.[\w-]+\.woff2$/;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && FIRST_PAINT_FONTS.test(path))
  });
