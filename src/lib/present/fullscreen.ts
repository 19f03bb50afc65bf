/**
 * Toggles full screen on `root`; false when the browser refuses (no API, iframe without
 * `allow="fullscreen"`, iOS Safari on non-video elements) so the caller can say so.
 * https://developer.mozilla.org/docs/Web/API/Element/requestFullscreen
 */
export async function toggleFullscreen(root: HTMLElement = document.documentElement): Promise<boolean> {
  try {
    if (document.fullscreenElement) {
      await document.exitFullscreen();
      return true;
    }
    if (typeof root.requestFullscreen !== 'function' || document.fullscreenEnabled === false) return false;
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}
