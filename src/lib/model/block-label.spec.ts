import { describe, expect, it } from 'vitest';
import { article } from '$content/article';
import { blockLabel, labelForBlockId } from './block-label';

describe('labelForBlockId', () => {
  it('names every block of the article exactly as blockLabel does', () => {
    expect(article.blocks.length).toBeGreaterThan(20);
    for (const block of article.blocks) expect(labelForBlockId(block.id), block.id).toBe(blockLabel(block));
  });

  it('leaves an unknown ID as it is rather than inventing a paragraph', () => {
    expect(labelForBlockId('x9')).toBe('x9');
    expect(labelForBlockId('p')).toBe('p');
    expect(labelForBlockId('constructor')).toBe('constructor');
  });

  it('reads the labels a reader sees from the site copy', () => {
    expect(labelForBlockId('p4')).toBe('¶ 4');
    expect(labelForBlockId('h2')).toBe('Heading 2');
    expect(labelForBlockId('dek')).toBe('Standfirst');
  });
});
