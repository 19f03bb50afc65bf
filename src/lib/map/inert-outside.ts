/**
 * Makes everything on the page except `keep` (and its ancestors) inert: the full-screen explore
 * view on phones leaves nothing behind it reachable by Tab, touch or a screen reader's cursor.
 * Returns the undo, which only touches the elements it changed.
 */
export function inertOutside(keep: Element): () => void {
  const changed: HTMLElement[] = [];
  for (let node: Element | null = keep; node && node !== document.body; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement?.children ?? [])) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => changed.forEach((el) => (el.inert = false));
}
