import type { Block } from '$content/article';
import { BLOCK_LABELS } from '$content/block-labels';

// How a step cites its source. Kept apart from article.ts so that browser code naming a paragraph
// does not pull the article JSON into its chunk.

const copy = BLOCK_LABELS;
const numbered = (template: string, n: number | string | undefined) => template.replace('{n}', String(n));

/** "¶ 4" for paragraph 4, "Heading 2", "List item 3", "Title" … — how a step cites its source (content/block-labels.ts). */
export function blockLabel(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return numbered(copy.paragraph, block.number);
    case 'heading':
      return numbered(copy.heading, block.number);
    case 'list-item':
      return numbered(copy.listItem, block.number);
    case 'title':
    case 'dek':
    case 'caption':
    case 'byline':
      return copy[block.type];
  }
}

const FIXED_LABELS: Record<string, string> = {
  title: copy.title,
  dek: copy.dek,
  caption: copy.caption,
  byline: copy.byline
};

const ID_LABELS: [RegExp, string][] = [
  [/^p(\d+)$/, copy.paragraph],
  [/^h(\d+)$/, copy.heading],
  [/^li(\d+)$/, copy.listItem]
];

/**
 * The same label from a block ID alone ("p4" → "¶ 4"), for browser code that should not ship
 * the article JSON just to name a paragraph. A unit test checks it against `blockLabel` for every block.
 */
export function labelForBlockId(id: string): string {
  for (const [pattern, template] of ID_LABELS) {
    const match = pattern.exec(id);
    if (match) return numbered(template, match[1]!);
  }
  return Object.hasOwn(FIXED_LABELS, id) ? FIXED_LABELS[id]! : id;
}
