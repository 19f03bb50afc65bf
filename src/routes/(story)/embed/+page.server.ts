import { storySources } from '$lib/embed/catalog';

// Build time only (prerendered): the sources line, from the story the layout validated.
export async function load({ parent }) {
  const { story, contextNotes } = await parent();
  return { sources: storySources(story, contextNotes) };
}
