import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { deferBoot } from '$lib/server/deferred-boot';

// Preloaded: the faces of the first text a reader sees, the headline (h1: Noto Sans 600) and the
// largest first block (the dek on the story, a step's claim in the embeds: Source Serif 400), so
// that they are there at the first paint: set in a fallback first and swapped, the embed's first
// card re-wrapped and the note under it moved (CLS 0.012 without these preloads). The other faces
// load when used, in size-matched fallbacks until then (app.css). The scripts start after the
// first paint (deferred-boot.ts), which takes their preloads out of the head too.
const FIRST_PAINT_FONTS = /(noto-sans-latin-600-normal|source-serif-4-latin-400-normal)\.[\w-]+\.woff2$/;

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && FIRST_PAINT_FONTS.test(path)),
    // Prerendered pages only: their CSP is the meta tag deferBoot rewrites. The dev server sends
    // its policy as a response header, which a changed script would then break.
    transformPageChunk: building ? ({ html }) => deferBoot(html) : undefined
  });
