// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /**
   * Public URL of the deployed explainer (from PUBLIC_SITE_URL at build time, set in vite.config.ts),
   * used for canonical links, embed snippets and the handout. Empty when not configured.
   */
  const __SITE_URL__: string;

  namespace App {}
}

export {};
