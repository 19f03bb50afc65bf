import { error } from '@sveltejs/kit';
import { article } from '$content/article';
import { loadContent } from '$content/load';
import { shareInfo } from '$lib/share/share-meta';
import { stepShares } from '$lib/share/share-pages';
import type { EntryGenerator } from './$types';

// One prerendered page per step, so a shared link to a step shows that step's card; the page
// itself sends the reader on to the step in the story (share-pages.ts).
function shares() {
  return stepShares(loadContent().story.steps, article.blocks);
}

export const entries: EntryGenerator = () => shares().map((s) => ({ id: s.id }));

export function load({ params }) {
  const index = shares().findIndex((s) => s.id === params.id);
  const found = shares()[index];
  if (!found) error(404, 'No such step');
  return {
    share: shareInfo(found),
    step: { n: index + 1, title: found.title, description: found.description, target: found.target! }
  };
}
