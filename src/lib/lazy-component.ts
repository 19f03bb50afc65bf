import type { Component } from 'svelte';

export interface LazyComponent<Props extends object> {
  /** Starts the download once; every caller shares the same promise. */
  load(): Promise<Component<Props>>;
  /** The component if it has already arrived, so a panel mounted later can start with it. */
  loaded(): Component<Props> | undefined;
}

/** A component kept out of the first page load (a lazy chunk), fetched the first time it is wanted. */
export function lazyComponent<Props extends object>(importer: () => Promise<{ default: Component<Props> }>): LazyComponent<Props> {
  let loading: Promise<Component<Props>> | undefined;
  let component: Component<Props> | undefined;
  return {
    load: () => (loading ??= importer().then((m) => (component = m.default))),
    loaded: () => component
  };
}
