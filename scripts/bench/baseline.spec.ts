import { describe, expect, it } from 'vitest';
import article from '../../data/processed/article.json';
// @ts-ignore plain ESM script without type declarations
import { baselineHtml } from './baseline.mjs';

describe('baselineHtml', () => {
  it('holds every block of the article and no script', () => {
    const html: string = baselineHtml(article);
    const escaped = (t: string) =>
      t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
    for (const block of article.blocks) expect(html).toContain(escaped(block.text));
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes markup in the text', () => {
    expect(baselineHtml({ blocks: [{ id: 'p1', type: 'paragraph', text: '<b>x</b>' }] })).toContain(
      '&lt;b&gt;x&lt;/b&gt;'
    );
  });
});
