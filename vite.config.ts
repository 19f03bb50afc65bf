import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit(), svelteTesting()],
  define: {
    // Where the site is deployed, for canonical links and embed snippets; see README "Deploy".
    __SITE_URL__: JSON.stringify((process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, ''))
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    // maplibre-gl is ~1 MB minified and lazy-loaded; don't warn about its chunk.
    chunkSizeWarningLimit: 1200
  },
  test: {
    include: ['src/**/*.spec.ts', 'data/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node' // component specs opt into jsdom with a @vitest-environment comment
  }
});
