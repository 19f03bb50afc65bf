// How a step cites a block of the op-ed ("¶ 4", "Heading 2", "Standfirst" …): the explainer's own
// words, edited here. Plain TypeScript rather than site.aml because the charts' data tables, which
// the e2e tests import outside Vite, name their paragraphs with it. {n} is the block's number.
export const BLOCK_LABELS = {
  paragraph: '¶ {n}',
  heading: 'Heading {n}',
  listItem: 'List item {n}',
  title: 'Title',
  dek: 'Standfirst',
  caption: 'Photo caption',
  byline: 'Byline'
} as const;

/** What a screen reader says for the ¶ sign in a paragraph's label ("Paragraph 4"). */
export const PARAGRAPH_SIGN_SPOKEN = 'Paragraph';
