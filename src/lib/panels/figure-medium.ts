import { getContext, setContext } from 'svelte';

// Which medium the static figures are drawn for. The handout (`print`) and the presenter
// (`present`) show one image sized for their medium (ChartStatic.svelte); everywhere
// else a container query picks between the phone and desktop images.
const KEY = Symbol('figure-medium');
export type MediaFrame = 'print' | 'present';

export const setFigureMedium = (medium: MediaFrame): void => void setContext(KEY, medium);
export const figureMedium = (): MediaFrame | undefined => getContext<MediaFrame | undefined>(KEY);
