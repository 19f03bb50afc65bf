/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline in class: after one visit the presenter, its notes window and the handout work with no
// network (school Wi-Fi fails). Registered only by those pages, with their own scopes
// (src/lib/offline/register.ts), so the story and the embeds stay uncontrolled and store nothing.
import { base, build, files, prerendered, version } from '$service-worker';
import { offlinePrerendered, offlineStatic } from '$lib/offline/offline-files';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `classroom-${version}`;
const PRECACHE = [...build, ...offlineStatic(files), ...offlinePrerendered(prerendered, base)];
// As the browser writes them in a request's URL (the glyph folders' names have spaces).
const KNOWN = new Set(PRECACHE.map((path) => new URL(path, sw.location.origin).pathname));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim())
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !KNOWN.has(url.pathname)) return;
  // Hashed app files and images never change under one name: the cache first. Pages and their
  // data: the network first (a newer build), the cache when there is none.
  const immutable = url.pathname.startsWith(`${base}/_app/immutable/`);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (immutable) {
        const hit = await cache.match(url.pathname);
        if (hit) return hit;
      }
      try {
        const response = await fetch(request);
        if (response.ok) await cache.put(url.pathname, response.clone());
        return response;
      } catch (error) {
        const hit = await cache.match(url.pathname);
        if (hit) return hit;
        throw error;
      }
    })
  );
});
