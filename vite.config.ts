import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { paletteCss } from './src/lib/model/palette.ts';
import { aml } from './scripts/vite-plugin-aml.js';

/** Writes src/palette.css from the palette module when they differ (dev and build). Not under
 * vitest: palette.spec.ts checks the committed file, which a rewrite here would hide. */
function palette(): Plugin {
  return {
    name: 'palette-css',
    buildStart() {
      if (process.env.VITEST) return;
      const file = new URL('./src/palette.css', import.meta.url);
      const css = paletteCss();
      if (readFileSync(file, 'utf8') !== css) writeFileSync(file, css);
    }
  };
}

/** No newsroom address is in the fact base, so the build cannot default one: say so, loudly. */
function correctionsContactWarning(): Plugin {
  return {
    name: 'corrections-contact-warning',
    apply: 'build',
    buildStart() {
      if (!process.env.PUBLIC_CORRECTIONS_CONTACT?.trim())
        this.warn(
          'PUBLIC_CORRECTIONS_CONTACT is not set: About says the corrections contact is not set. Set an e-mail address or https URL (README "Deploy").'
        );
    }
  };
}

export default defineConfig({
  plugins: [palette(), correctionsContactWarning(), aml(), sveltekit()],
  define: {
    // Where the site is deployed, for canonical links and embed snippets; see README "Deploy".
    __SITE_URL__: JSON.stringify((process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '')),
    // Where readers report errors (About); checked by src/lib/model/corrections-contact.ts.
    __CORRECTIONS_CONTACT__: JSON.stringify(process.env.PUBLIC_CORRECTIONS_CONTACT ?? '')
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    // maplibre-gl is ~1 MB minified and lazy-loaded; don't warn about its chunk.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Every route needs the Svelte and SvelteKit client runtime; left alone, the bundler splits
        // it by which routes use which parts, into a dozen small chunks that each cost a request on
        // first load (issue 18: ≤ 12 requests). One shared chunk for the statically imported
        // runtime; lazy chunks (maplibre, d3 charts) are untouched.
        codeSplitting: {
          groups: [
            {
              name: 'runtime',
              tags: ['$initial'],
              test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/
            },
            // Our own modules that two or more routes import statically (content, model, step view),
            // except the embed shell: only the embed routes share it, so the story need not load it.
            { name: 'shared', tags: ['$initial'], test: /[\\/]src[\\/](?!lib[\\/]embed[\\/])/, minShareCount: 2 }
          ]
        }
      }
    }
  },
  test: {
    // Two projects so that only the component specs pay for testing-library's setup file and jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'data/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          exclude: ['src/**/*.svelte.spec.ts'],
          environment: 'node'
        }
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'component', include: ['src/**/*.svelte.spec.ts'], environment: 'node' }
      }
    ]
  }
});
