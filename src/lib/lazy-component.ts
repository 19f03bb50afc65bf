import type { Component } from 'svelte';

export interface LazyComponent<Props extends object> {
  /** Starts the download once; every caller shares the same promise. A failed download is forgotten, so the next call tries again. */
  load(): Promise<Component<Props>>;
  /** The component if it has already arrived, so a panel mounted later can start with it. */
  loaded(): Component<Props> | undefined;
}

/** A component kept out of the first page load (a lazy chunk), fetched the first time it is wanted. */
export function lazyComponent<Props extends object>(
  importer: () => Promise<{ default: Component<Props> }>
): LazyComponent<Props> {
  let loading: Promise<Component<Props>> | undefined;
  let component: Component<Props> | undefined;
  return {
    load: () => {
      if (loading) return loading;
      loading = importer().then((m) => (component = m.default));
      // Offline or a missing chunk: drop the rejected promise, or the panel could never recover.
      loading.catch(() => {
        loading = undefined;
      });
      return loading;
    },
    loaded: () => component
  };
}

type OnlineTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Loads a lazy component for a panel that already shows its static image: a failed load is
 * caught (the image stays; no uncaught rejection) and tried again when the browser says it is
 * back online. Returns the cleanup (call it when the panel goes away).
 */
export function loadOrRetryOnline<Props extends object>(
  lazy: LazyComponent<Props>,
  use: (component: Component<Props>) => void,
  target: OnlineTarget = window
): () => void {
  let stopped = false;
  const attempt = () => {
    lazy.load().then(
      (component) => !stopped && use(component),
      () => !stopped && target.addEventListener('online', attempt, { once: true })
    );
  };
  attempt();
  return () => {
    stopped = true;
    target.removeEventListener('online', attempt);
  };
}
