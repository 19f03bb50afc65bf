import { error } from '@sveltejs/kit';
import { loadContent } from '$content/load';
import { panelEmbeds } from '$lib/embed/catalog';
import { siteRoot } from '$lib/site-url';
import type { EntryGenerator } from './$types';

function embeds() {
  const { story, contextNotes } = loadContent();
  return panelEmbeds(story, contextNotes);
}

/** One prerendered page per distinct map/chart state in the story; new panel kinds appear here by themselves. */
export const entries: EntryGenerator = () =>
  embeds().map((e) => {
    const [kind = '', name = ''] = e.path.split('/');
    return { kind, name };
  });

export function load({ params }) {
  const embed = embeds().find((e) => e.path === `${params.kind}/${params.name}`);
  if (!embed) error(404, 'No such embed');
  return { embed, siteUrl: siteRoot() };
}
