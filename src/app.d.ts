// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /**
   * Public URL of the deployed explainer (from PUBLIC_SITE_URL at build time, set in vite.config.ts),
   * used for canonical links, embed snippets and the handout. Empty when not configured.
   */
  const __SITE_URL__: string;
  /** PUBLIC_CORRECTIONS_CONTACT at build (an e-mail address or https URL); empty when not set. */
  const __CORRECTIONS_CONTACT__: string;

  namespace App {
    interface PageState {
      /** The story's full-screen explore view on phones is open (its own history entry, so Back closes it). */
      explore?: boolean;
    }
    /** Every page's share card, from the root layout (src/routes/+layout.server.ts) or the page's own load. */
    interface PageData {
      share: import('$lib/share/share-meta').ShareInfo;
    }
  }
}

export {};
