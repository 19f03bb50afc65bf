// Resolution for dependency-cruiser only (.dependency-cruiser.cjs): SvelteKit's aliases.
const path = require('node:path');
const config = require('./svelte.config.js');

module.exports = {
  resolve: {
    alias: {
      $lib: path.resolve(__dirname, 'src/lib'),
      ...Object.fromEntries(
        Object.entries(config.default.kit.alias).map(([name, dir]) => [name, path.resolve(__dirname, dir)])
      )
    }
  }
};
