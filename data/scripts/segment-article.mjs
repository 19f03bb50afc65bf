// Derives data/processed/article.json from the byte-identical copy of the scrape in data/raw/.
// Usage: node data/scripts/segment-article.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentArticle } from './segment.mjs';

const RAW = fileURLToPath(new URL('../raw/pokrovsk-op-ed.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../processed/article.json', import.meta.url));

/** @param {string} raw */
export function buildArticle(raw) {
  return {
    source: {
      file: 'data/raw/pokrovsk-op-ed.txt',
      sha256: createHash('sha256').update(raw).digest('hex'),
      title: "Russia's Costly Assault on Pokrovsk Brings No Strategic Gain",
      author: 'Bohdan Popov',
      publisher: 'The Gaze (thegaze.media)',
      url: 'https://thegaze.media/news/russias-costly-assault-on-pokrovsk-brings-no-strategic-gain'
    },
    blocks: segmentArticle(raw)
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const article = buildArticle(readFileSync(RAW, 'utf8'));
  writeFileSync(OUT, JSON.stringify(article, null, 2) + '\n');
  /** @type {Record<string, number>} */
  const counts = {};
  for (const block of article.blocks) counts[block.type] = (counts[block.type] ?? 0) + 1;
  console.log(`article.json: ${article.blocks.length} blocks`, counts);
}
