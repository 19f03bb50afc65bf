import { loadContent } from '$content/load';
import { shareInfo, type ShareInfo } from '$lib/share/share-meta';
import { storyShare } from '$lib/share/share-pages';

// Every page's share card (Open Graph / Twitter), printed by +layout.svelte: the story's unless
// the page's own load returns another `share` (step pages, embeds). Build time only (prerender).
export function load(): { share: ShareInfo } {
  const { path: _path, ...story } = shareInfo(storyShare(loadContent().story.steps));
  return { share: story };
}
