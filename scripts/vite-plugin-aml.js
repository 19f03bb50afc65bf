import { readFile } from 'node:fs/promises';
import { lineMap, parseAml } from '../src/content/aml.js';

/**
 * `import copy from './site.aml'` → the document parsed at build time, as JSON, plus `lines`
 * (path → line) so validation can name the line; an import that does not use `lines` drops it
 * (tree-shaking), so pages get the JSON only, never the parser. Validation against the schemas
 * runs where the story's does, in src/content/load.ts at prerender (documents.ts). A `?raw`
 * import still gets the text. Plain JS so that the config loads it without bundling TypeScript.
 * @returns {import('vite').Plugin}
 */
export function aml() {
  return {
    name: 'archieml',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?');
      if (!file?.endsWith('.aml') || query) return null;
      this.addWatchFile(file);
      const source = await readFile(file, 'utf8');
      return `export default ${JSON.stringify(parseAml(source))};\nexport const lines = ${JSON.stringify(lineMap(source))};\n`;
    }
  };
}
