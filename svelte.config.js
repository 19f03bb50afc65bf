import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // The story's typed data, imported by lib and routes (never the other way: `npm run lint:deps`).
    alias: { $content: 'src/content' },
    adapter: adapter({
      pages: 'build',
      assets: 'build',
      fallback: undefined, // fully prerendered: no SPA fallback page
      precompress: false,
      strict: true // fail the build if any route is not prerenderable
    }),
    // A strict policy as a <meta> tag in every prerendered page (hashes for SvelteKit's inline
    // bootstrap script). frame-ancestors cannot be set from a meta tag; scripts/write-headers.mjs
    // emits it, with the same policy, into build/_headers for hosts that read that file.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Svelte transitions and the no-JS <noscript><style> need inline styles; no inline scripts.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'child-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
    // Every route's CSS is small (≈ 6 kB gz): inline it rather than block first paint on ~8
    // stylesheet requests. No hashes are added because style-src already allows inline styles.
    inlineStyleThreshold: 100_000,
    paths: {
      base: process.env.BASE_PATH ?? ''
    },
    // src/service-worker.ts serves the classroom pages offline; only they register it, each for its
    // own scope (src/lib/offline/register.ts), so the story and embeds never have a worker.
    serviceWorker: { register: false },
    prerender: {
      // The share PNGs (og:image, which the crawler follows) are made after the prerender by
      // scripts/share-images.mjs, which then fails the build if a page names one that is missing.
      handleHttpError: ({ path, message }) => {
        if (/\/share\/[a-z0-9-]+\.png$/.test(path)) return;
        throw new Error(message);
      },
      handleMissingId: 'fail'
    }
  }
};

export default config;
