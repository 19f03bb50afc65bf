import type { Block } from './article';

// How a step cites its source. Kept apart from article.ts so that browser code naming a paragraph
// does not pull the article JSON into its chunk.

/** "¶ 4" for paragraph 4, "Heading 2", "List item 3", "Title" … — how a step cites its source. */
export function blockLabel(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `¶ ${block.number}`;
    case 'heading':
      return `Heading ${block.number}`;
    case 'list-item':
      return `List item ${block.number}`;
    case 'title':
      return 'Title';
    case 'dek':
      return 'Standfirst';
    case 'caption':
      return 'Photo caption';
    case 'byline':
      return 'Byline';
  }
}

const FIXED_LABELS: Record<string, string> = { title: 'Title', dek: 'Standfirst', caption: 'Photo caption', byline: 'Byline' };

const ID_LABELS: [RegExp, (n: string) => string][] = [
  [/^p(\d+)$/, (n) => `¶ ${n}`],
  [/^h(\d+)$/, (n) => `Heading ${n}`],
  [/^li(\d+)$/, (n) => `List item ${n}`]
];

/**
 * The same label from a block ID alone ("p4" → "¶ 4"), for browser code that should not ship
 * the article JSON just to name a paragraph. A unit test checks it against `blockLabel` for every block.
 */
export function labelForBlockId(id: string): string {
  for (const [pattern, label] of ID_LABELS) {
    const match = pattern.exec(id);
    if (match) return label(match[1]!);
  }
  return FIXED_LABELS[id] ?? id;
}
