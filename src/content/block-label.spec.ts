import { describe, expect, it } from 'vitest';
import { article } from './article';
import { blockLabel, labelForBlockId } from './block-label';

describe('labelForBlockId', () => {
  it('names every block of the article exactly as blockLabel does', () => {
    expect(article.blocks.length).toBeGreaterThan(20);
    for (const block of article.blocks) expect(labelForBlockId(block.id), block.id).toBe(blockLabel(block));
  });

  it('leaves an unknown ID as it is rather than inventing a paragraph', () => {
    expect(labelForBlockId('x9')).toBe('x9');
    expect(labelForBlockId('p')).toBe('p');
  });
});
