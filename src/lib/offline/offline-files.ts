// What the classroom service worker (src/service-worker.ts) keeps for use without a network: the
// presenter, its notes window and the handout, and what they load (the app's scripts, the map and
// chart images, the map's data and glyphs). The story and the embeds are never in its scope.

/** The routes the worker serves; each is registered as its own scope (offline/register.ts). */
export const OFFLINE_SCOPES = ['/present/', '/print/'] as const;

/** Prerendered paths a classroom page needs: its pages and their data, and the panel images. */
export function offlinePrerendered(paths: readonly string[], base: string): string[] {
  const pages = OFFLINE_SCOPES.map((scope) => `${base}${scope}`);
  const assets = [`${base}/maps/`, `${base}/charts/`];
  return paths.filter((path) => pages.some((page) => path.startsWith(page)) || assets.some((a) => path.startsWith(a)));
}

/** Static files to keep: not dotfiles (static/.gitkeep), which the server does not serve. */
export const offlineStatic = (paths: readonly string[]): string[] =>
  paths.filter((path) => !path.split('/').some((part) => part.startsWith('.')));
