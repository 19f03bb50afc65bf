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
