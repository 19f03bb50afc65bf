import type { Handle } from '@sveltejs/kit';

// Only the headline's face (h1: Noto Sans 600) is preloaded: the first text a reader sees. Every
// preload is a request that the first paint waits behind on a slow line; the other faces load
// when used, and until they arrive the text is set in size-matched fallbacks (app.css), so the
// swap does not shift the page.
const FIRST_PAINT_FONTS = /noto-sans-latin-600-normal\.[\w-]+\.woff2$/;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && FIRST_PAINT_FONTS.test(path))
  });
