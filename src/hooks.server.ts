import type { Handle } from '@sveltejs/kit';
import { deferBoot } from '$lib/server/deferred-boot';

// No font is preloaded: a preload is a request that the first paint waits behind on a slow line.
// Each face is asked for when the first layout uses it, and until it arrives the text is set in a
// size-matched fallback (app.css), so the swap does not shift the page. The scripts start after the
// first paint (deferred-boot.ts), which takes their preloads out of the head too.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    preload: ({ type }) => type === 'js' || type === 'css',
    transformPageChunk: ({ html }) => deferBoot(html)
  });
