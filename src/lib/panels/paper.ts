import { getContext, setContext } from 'svelte';

// Pages made for paper (the /print/ handout): every image loads at once, before printing
// starts, and every data table stays open. Elsewhere images load as they near the screen (hidden
// copies, like the in-flow panels when JS runs, never load) and tables open on request.
const KEY = Symbol('on-paper');

export const setOnPaper = (): void => void setContext(KEY, true);
export const isOnPaper = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
export const imageLoading = (): 'eager' | 'lazy' => (isOnPaper() ? 'eager' : 'lazy');
