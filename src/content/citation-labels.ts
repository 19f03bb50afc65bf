// How a citation's title is marked when it is not the page's own headline (see SourceSchema's
// `titleKind`). Kept beside the schema, not in components, because it is copy.
export const CITATION_LABELS = {
  ourDescription: 'our description',
  ourTranslation: 'our translation',
  about: 'about'
} as const;
