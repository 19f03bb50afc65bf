// Wires one height measurement to every size protocol a host may speak. Browser-only: call from
// onMount. The host is unknown, so each height goes out in all three formats; each parent library
// ignores the others' messages (pym wants strings with its id, frames wants the amp sentinel,
// Datawrapper's listener wants its key).

import { datawrapperHeightMessage } from './datawrapper';
import { framesSizeMessage, isFramesInit } from './frames';
import { createHeightGate, measureDocumentHeight } from './height';
import { formatPymHeight, parsePymParentMessage, parsePymQuery, type ParentPosition } from './pym';

/** The slice of `window` the child uses, so tests can hand it a fake parent. */
export interface EmbedWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  readonly location: { readonly search: string };
  readonly document: Document;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  ResizeObserver?: typeof ResizeObserver;
}

export interface EmbedChildOptions {
  /** Our slug for this embed (e.g. `chart-losses`): the Datawrapper key. */
  embedId: string;
  now?: () => number;
  measure?: (doc: Document) => number;
  onParentWidth?: (width: number) => void;
  onParentPosition?: (position: ParentPosition) => void;
}

export function startEmbedChild(win: EmbedWindow, options: EmbedChildOptions): () => void {
  if ((win.parent as unknown) === win) return () => {};
  const { embedId, now = () => Date.now(), measure = measureDocumentHeight } = options;
  const pym = parsePymQuery(win.location.search);
  // pym tells us the parent's URL; then only that origin may talk to us. Heights themselves are
  // not secret and the parent's origin is otherwise unknown, so they are posted to '*'.
  const parentOrigin = pym?.parentUrl?.origin ?? null;
  const gate = createHeightGate({ now });
  let timer: number | undefined;
  let stopped = false;

  const post = (height: number, protocols: 'all' | 'frames') => {
    if (protocols === 'all' && pym) win.parent.postMessage(formatPymHeight(pym.childId, height), '*');
    win.parent.postMessage(framesSizeMessage(height), '*');
    if (protocols === 'all') win.parent.postMessage(datawrapperHeightMessage(embedId, height), '*');
  };

  const flush = () => {
    timer = undefined;
    if (stopped) return;
    const result = gate.offer(measure(win.document));
    if (result.send) post(result.height, 'all');
    else if ('retryInMs' in result) schedule(result.retryInMs);
  };
  // A timer, not requestAnimationFrame: Chromium pauses rAF in off-screen cross-origin iframes,
  // and a host needs the height before the embed scrolls into view.
  const schedule = (ms = 0) => {
    if (!stopped && timer === undefined) timer = win.setTimeout(flush, ms);
  };
  const onEvent = () => schedule();

  const onMessage = (event: Event) => {
    const { source, origin, data } = event as MessageEvent;
    if ((source as unknown) !== win.parent) return;
    if (parentOrigin !== null && origin !== parentOrigin) return;
    if (isFramesInit(data)) {
      // A question, not a change: answer even if this height went out before the parent listened.
      const height = gate.current ?? measure(win.document);
      if (Number.isFinite(height)) post(height, 'frames');
      return;
    }
    const message = pym ? parsePymParentMessage(data, pym.childId) : null;
    if (message?.type === 'width') {
      options.onParentWidth?.(message.width);
      schedule();
    } else if (message?.type === 'position') {
      options.onParentPosition?.(message.position);
    }
  };

  win.addEventListener('message', onMessage);
  win.addEventListener('load', onEvent);
  win.addEventListener('resize', onEvent);
  const observer = win.ResizeObserver ? new win.ResizeObserver(onEvent) : null;
  observer?.observe(win.document.documentElement);
  if (win.document.body) observer?.observe(win.document.body);
  void win.document.fonts?.ready.then(onEvent);
  schedule();

  return () => {
    stopped = true;
    if (timer !== undefined) win.clearTimeout(timer);
    observer?.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', onEvent);
    win.removeEventListener('resize', onEvent);
  };
}
