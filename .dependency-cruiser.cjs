// Dependencies flow one way: routes → lib → model (src/lib/model) → content (src/content) → data.
// `npm run lint:deps` fails on any import against that direction, spec files included.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'content-is-the-bottom',
      comment: 'src/content is the story as data: it may import data/ and itself, never lib or routes.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/(lib|routes)/' }
    },
    {
      name: 'data-imports-no-src',
      comment: 'data/ holds the records src/content reads; importing src/ back would make a cycle.',
      severity: 'error',
      from: { path: '^data/' },
      to: { path: '^src/' }
    },
    {
      name: 'model-is-pure',
      comment: 'src/lib/model is pure TypeScript over content: no other lib folder, no routes, no Svelte.',
      severity: 'error',
      from: { path: '^src/lib/model/' },
      to: {
        path: [
          '^src/lib/(?!model/)',
          '^src/routes/',
          '\\.svelte(\\.ts)?$',
          '^node_modules/svelte/',
          '^node_modules/@sveltejs/'
        ]
      }
    },
    {
      name: 'lib-imports-no-routes',
      comment: 'Routes compose lib; lib never reaches up into a route.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/routes/' }
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a type from a higher layer is still a dependency on it.
    tsPreCompilationDeps: true,
    // The SvelteKit aliases (`$content` from svelte.config.js, `$lib`), in webpack's resolve format
    // so the rules see through them; without this an aliased import would pass unchecked.
    webpackConfig: { fileName: '.dependency-cruiser.resolve.cjs' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.svelte', '.json'] },
    exclude: { path: ['^node_modules', '^\\.svelte-kit/', '^build/'] }
  }
};
