// Why: the story keeps its one map mounted under the other panels (visibility: hidden) and sets
// the next map step's preset ahead, so the map is ready when its step comes. While it loads,
// MapLibre repaints every frame, and a hidden canvas gets no back-pressure from the screen: on a
// phone in software GL ~200 frames piled up in the GPU process during the first seconds and the
// page stalled for 9 s when the map was shown (bench, touch scroll). Nobody sees those frames.

/** How often a hidden map may repaint: enough to finish loading and report idle. */
export const HIDDEN_REPAINT_MS = 250;

interface Repaintable {
  triggerRepaint(): void;
}

/**
 * Holds a hidden map's repaints to one per HIDDEN_REPAINT_MS (MapLibre asks for every repaint
 * through `triggerRepaint`); a visible map repaints as it asks. Returns the undo.
 */
export function throttleWhileHidden(map: Repaintable, isHidden: () => boolean): () => void {
  const repaint = map.triggerRepaint.bind(map);
  let held: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    held = undefined;
    repaint();
  };
  map.triggerRepaint = () => {
    if (!isHidden()) {
      if (held !== undefined) clearTimeout(held);
      held = undefined;
      return repaint();
    }
    held ??= setTimeout(release, HIDDEN_REPAINT_MS);
  };
  return () => {
    if (held !== undefined) clearTimeout(held);
    delete (map as Partial<Repaintable>).triggerRepaint;
    if (typeof map.triggerRepaint !== 'function') map.triggerRepaint = repaint;
  };
}
