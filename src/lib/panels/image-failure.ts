// Notices when a prerendered image fails to load, as an attachment rather than an `onerror`
// attribute: Svelte server-renders `onerror` on <img> as an inline handler (to replay the event
// at hydration), which the site's Content-Security-Policy rightly blocks.

/** Calls `onfail` once the image has failed, including a failure that happened before hydration. */
export function onImageFailure(onfail: () => void) {
  return (img: HTMLImageElement) => {
    // complete with no pixels: it already failed (a lazy image not yet fetched is not complete).
    if (img.complete && img.naturalWidth === 0 && img.currentSrc) onfail();
    img.addEventListener('error', onfail);
    return () => img.removeEventListener('error', onfail);
  };
}
