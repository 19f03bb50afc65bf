/**
 * Step IDs that were renamed, old → current, so links made before the rename still land on the
 * step (read by src/lib/story/deep-link.ts; checked in deep-link.spec.ts). A module of its own:
 * the browser needs this map on every page, and importing it from story.ts pulled the whole
 * story's copy into the initial JavaScript (the page has it already, as prerendered data).
 */
export const stepRenames: Readonly<Record<string, string>> = {
  'wish-list': 'aid-requests'
};
