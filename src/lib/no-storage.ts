// SvelteKit's client router saves scroll positions and snapshots to sessionStorage when a page is
// hidden or unloaded (kit client.js `persist_state`). The site stores nothing in the reader's
// browser (embeds promise hosts as much), so every page clears those keys right after (the root
// layout). Nothing is lost: the story's address carries the step in view, which a reload restores. Call this after the router has started (it registers its
// listeners after hydration): listeners on one target run in the order they were added.

export const ROUTER_STORAGE_KEYS = ['sveltekit:scroll', 'sveltekit:snapshot'] as const;

interface StorageWindow {
  readonly sessionStorage: Pick<Storage, 'removeItem'>;
  readonly document: Pick<Document, 'visibilityState'>;
  addEventListener(type: 'pagehide' | 'beforeunload' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'pagehide' | 'beforeunload' | 'visibilitychange', listener: () => void): void;
}

export function forgetRouterState(win: StorageWindow): () => void {
  const clear = () => {
    try {
      for (const key of ROUTER_STORAGE_KEYS) win.sessionStorage.removeItem(key);
    } catch {
      // Storage blocked in a third-party frame: then there is nothing to clear either.
    }
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') clear();
  };
  // Also now: a page left before its listeners were in place (a fast click away) left keys behind.
  clear();
  win.addEventListener('beforeunload', clear);
  win.addEventListener('pagehide', clear);
  // On window, like the router's: the event bubbles from document to window, so a listener on
  // document would run before the router's and be undone by it.
  win.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('beforeunload', clear);
    win.removeEventListener('pagehide', clear);
    win.removeEventListener('visibilitychange', onVisibility);
  };
}
