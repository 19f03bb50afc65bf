import { describe, expect, it } from 'vitest';
import { article } from '$content/article';
import { groupBlocks } from './group-blocks';

describe('groupBlocks', () => {
  it('gathers the five bullets into one list and keeps everything else in order', () => {
    const groups = groupBlocks(article.blocks);
    const lists = groups.filter((g) => g.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.kind === 'list' && lists[0]!.items.map((b) => b.id)).toEqual(['li1', 'li2', 'li3', 'li4', 'li5']);
    const flat = groups.flatMap((g) => (g.kind === 'list' ? g.items : [g.block]));
    expect(flat).toEqual(article.blocks);
  });
});
