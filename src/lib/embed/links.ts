// In-page links inside an embed (the "¶ n" citations, a step's "#"): inside an auto-height iframe
// the page never scrolls, so a jump to #p4 moves nothing the reader can see. Browser-only: call
// from onMount.
// - On a pym host, when the target is in this embed, the parent is asked to scroll to it
//   (pym's `scrollToChildPos`: an offset from the iframe's top, which pym.Parent adds to the
//   iframe's position in its page).
// - Anywhere else (frames, Datawrapper, a plain iframe; or a target this embed does not carry),
//   the link opens in the main story, in the top window, at the same fragment.
import { formatPymMessage, parsePymQuery } from './pym';

export type LinkAction =
  { kind: 'none' } | { kind: 'scroll-parent'; message: string; target: Element } | { kind: 'open-top'; url: string };

export interface LinkContext {
  /** This page's URL. */
  location: URL;
  /** The main story's URL, absolute. */
  story: URL;
  framed: boolean;
  /** Finds a fragment's target in this page. */
  find: (id: string) => Element | null;
  /** The target's top edge, in px from this document's top. */
  offsetOf: (el: Element) => number;
}

const withoutHash = (url: URL) => url.href.replace(/#.*$/, '');

function decode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return '';
  }
}

/** What a click on a link to `href` should do in an embed; pure, so both hosts are testable without one. */
export function embedLinkAction(href: string, ctx: LinkContext): LinkAction {
  if (!ctx.framed) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(href, ctx.location);
  } catch {
    return { kind: 'none' };
  }
  if (url.hash.length < 2) return { kind: 'none' };
  const here = withoutHash(url) === withoutHash(ctx.location);
  const story = withoutHash(url) === withoutHash(ctx.story);
  if (!here && !story) return { kind: 'none' };
  const pym = parsePymQuery(ctx.location.search);
  const target = here ? ctx.find(decode(url.hash.slice(1))) : null;
  if (pym && target) {
    const offset = Math.max(0, Math.round(ctx.offsetOf(target)));
    return {
      kind: 'scroll-parent',
      message: formatPymMessage(pym.childId, 'scrollToChildPos', String(offset)),
      target
    };
  }
  return { kind: 'open-top', url: `${withoutHash(ctx.story)}${url.hash}` };
}

/** Listens for clicks on links in `win`'s document and carries them out as embedLinkAction says. */
export function startEmbedLinks(win: Window, storyHref: string): () => void {
  const story = new URL(storyHref, win.location.href);
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
    if (!link || (link.target && link.target !== '_self')) return;
    const action = embedLinkAction(link.href, {
      location: new URL(win.location.href),
      story,
      framed: win.parent !== win,
      find: (id) => win.document.getElementById(id),
      offsetOf: (el) => el.getBoundingClientRect().top + win.scrollY
    });
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'open-top') {
      win.open(action.url, '_top');
      return;
    }
    win.parent.postMessage(action.message, '*');
    // Keyboard and screen-reader users land on the words too, without a second scroll.
    const target = action.target as HTMLElement;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  };
  // Capture, on the window: before SvelteKit's router, which would take a link to the story
  // ("/#p4") as a navigation inside the frame.
  win.addEventListener('click', onClick, true);
  return () => win.removeEventListener('click', onClick, true);
}
