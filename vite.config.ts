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

// The story page's own route files; a module they reach through static imports is in its first load.
const STORY_PAGE_FILES = /[\\/]src[\\/]routes[\\/](\+layout|\(story\)[\\/]\+layout|\(story\)[\\/]\+page)\.svelte$/;
const storyPageCache = new Map<string, boolean>();

/** Whether the story page's route files import `id`, directly or through other static imports. */
function storyPageImports(id: string, ctx: { getModuleInfo(id: string): { importers: string[] } | null }): boolean {
  const cached = storyPageCache.get(id);
  if (cached !== undefined) return cached;
  const seen = new Set([id]);
  const queue = [id];
  let found = false;
  while (queue.length && !found) {
    const next = queue.shift()!;
    if (STORY_PAGE_FILES.test(next)) found = true;
    for (const importer of ctx.getModuleInfo(next)?.importers ?? []) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  storyPageCache.set(id, found);
  return found;
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
            // Our own modules that two or more routes import statically and the story page needs
            // (content, model, step view). What only other pages share (the embed shell, the article
            // record the embeds cite, the classroom's own views) goes in a chunk of its own, so the
            // story does not download it.
            {
              name: (id, ctx) => (storyPageImports(id, ctx) ? 'shared' : null),
              tags: ['$initial'],
              test: /[\\/]src[\\/](?!lib[\\/]embed[\\/])/,
              minShareCount: 2
            },
            { name: 'pages', test: /[\\/](src|data)[\\/]/, minShareCount: 2 }
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
