import type { Block } from '$content/article';

export type BlockGroup = { kind: 'block'; block: Block } | { kind: 'list'; items: Block[] };

/** Consecutive list items become one list, so the article's bullets render as a real <ul>. */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type !== 'list-item') groups.push({ kind: 'block', block });
    else if (last?.kind === 'list') last.items.push(block);
    else groups.push({ kind: 'list', items: [block] });
  }
  return groups;
}
