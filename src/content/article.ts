import articleJson from '../../data/processed/article.json' with { type: 'json' };

export type BlockType = 'title' | 'caption' | 'dek' | 'paragraph' | 'heading' | 'list-item' | 'byline';

export interface Block {
  id: string;
  type: BlockType;
  text: string;
  /** Position among blocks of the same type (paragraph 4 → "¶ 4"); absent for single blocks. */
  number?: number;
}

export interface ArticleSource {
  file: string;
  sha256: string;
  title: string;
  author: string;
  publisher: string;
  url: string;
}

export interface Article {
  source: ArticleSource;
  blocks: Block[];
}

/** The segmented op-ed, derived from data/raw by data/scripts/segment-article.mjs. */
export const article = articleJson as Article;

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
