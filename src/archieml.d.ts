// archieml 0.5 ships no types (and is CommonJS, so only its default export exists under Node ESM);
// this is the one function we call, from src/content/aml.ts.
declare module 'archieml' {
  const archieml: {
    /** Parses an ArchieML document; `comments: true` strips [bracketed] inline comments (off by default). */
    load(input: string, options?: { comments?: boolean }): Record<string, unknown>;
  };
  export default archieml;
}
