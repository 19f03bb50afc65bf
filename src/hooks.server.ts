import type { Handle } from '@sveltejs/kit';

// Preloaded: the faces of the first text a reader sees, the headline (h1: Noto Sans 600) and the
// largest first block (the dek on the story, a step's claim in the embeds: Source Serif 400), which
// Lighthouse takes as the LCP element. Every preload is a request that the first paint waits behind
// on a slow line; the other faces load when used, and until they arrive the text is set in
// size-matched fallbacks (app.css), so the swap does not shift the page.
const FIRST_PAINT_FONTS = /(noto-sans-latin-600-normal|source-serif-4-latin-400-normal)\.[\w-]+\.woff2$/;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && FIRST_PAINT_FONTS.test(path))
  });
