import type { StepCommand } from '../scrolly/step-machine';
import { swipeCommand } from './swipe';

// The presenter's DOM listeners, kept out of PresenterDeck so it only wires state together.

/** One-finger swipes anywhere but on the map (which pans) become step commands. */
export function listenForSwipes(target: Window, oncommand: (command: StepCommand) => void): () => void {
  let touch: { x: number; y: number; t: number } | null = null;
  const start = (event: TouchEvent) => {
    const point = event.touches[0];
    const onMap = event.target instanceof Element && event.target.closest('.maplibregl-map, [data-no-swipe]');
    touch =
      event.touches.length === 1 && point && !onMap ? { x: point.clientX, y: point.clientY, t: event.timeStamp } : null;
  };
  const end = (event: TouchEvent) => {
    const point = event.changedTouches[0];
    const command =
      touch && point ? swipeCommand(point.clientX - touch.x, point.clientY - touch.y, event.timeStamp - touch.t) : null;
    touch = null;
    if (command) oncommand(command);
  };
  target.addEventListener('touchstart', start, { passive: true });
  target.addEventListener('touchend', end);
  return () => {
    target.removeEventListener('touchstart', start);
    target.removeEventListener('touchend', end);
  };
}

/**
 * An attachment: in-page paragraph links ("¶ 2", href="#p2") inside the node call `onparagraph`
 * instead of navigating. A delegated listener, so the links keep their own keyboard behaviour.
 */
export function interceptParagraphLinks(onparagraph: (id: string) => void) {
  return (node: HTMLElement) => {
    const onclick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!anchor) return;
      event.preventDefault();
      onparagraph(anchor.getAttribute('href')!.slice(1));
    };
    node.addEventListener('click', onclick);
    return () => node.removeEventListener('click', onclick);
  };
}
