import { getContext, setContext } from 'svelte';

// The compact story embed folds each map's caption sentences under one summary line (it must stay
// short enough to sit in an article), and the page says the front-line note once, above the steps;
// everywhere else both are shown under every map.
const KEY = Symbol('fold-map-notes');

export const setFoldMapNotes = () => setContext(KEY, true);
export const foldMapNotes = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
