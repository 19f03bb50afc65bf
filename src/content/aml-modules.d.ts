// What `import x from './*.aml'` gives (scripts/vite-plugin-aml.js): the parsed document and a
// path → line map. The types are the schemas' outputs because load.ts validates every document
// at prerender (documents.ts), so a build with a document that does not match them fails.
declare module '*/site.aml' {
  const data: import('./site-schema').SiteCopy;
  export default data;
  export const lines: Record<string, number>;
}
declare module '*/context.aml' {
  const data: { notes: import('./schema').ContextNote[] };
  export default data;
  export const lines: Record<string, number>;
}
declare module '*/teaching.aml' {
  const data: { notes: import('./teaching-schema').TeachingNote[] };
  export default data;
  export const lines: Record<string, number>;
}
declare module '*/corrections.aml' {
  const data: { corrections: import('./corrections-schema').Correction[] };
  export default data;
  export const lines: Record<string, number>;
}
declare module '*/worksheet.aml' {
  const data: import('./worksheet-schema').Worksheet;
  export default data;
  export const lines: Record<string, number>;
}
