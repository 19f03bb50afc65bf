// The classroom pages (presenter, notes window, handout) register the service worker for their own
// scope only; the story and the embeds never do, and no registration covers them.
import { base } from '$app/paths';
import { dev } from '$app/environment';
import type { OFFLINE_SCOPES } from './offline-files';

export function registerOffline(scope: (typeof OFFLINE_SCOPES)[number]): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`${base}/service-worker.js`, { scope: `${base}${scope}`, type: dev ? 'module' : 'classic' })
    // Without it the pages work as before, online; nothing to tell the class.
    .catch(() => {});
}
