// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetRouterState } from './no-storage';

afterEach(() => sessionStorage.clear());

/** What the SvelteKit router does in its own listeners, which it registers before any page code. */
function routerPersists() {
  const persist = () => {
    sessionStorage.setItem('sveltekit:scroll', '{"1":{"x":0,"y":0}}');
    sessionStorage.setItem('sveltekit:snapshot', '{}');
  };
  addEventListener('beforeunload', persist);
  addEventListener('pagehide', persist);
  return () => {
    removeEventListener('beforeunload', persist);
    removeEventListener('pagehide', persist);
  };
}

describe('forgetRouterState', () => {
  it('removes what the router saved on unload, and nothing else', () => {
    const stopRouter = routerPersists();
    const stop = forgetRouterState(window);
    sessionStorage.setItem('not-ours', 'x');
    for (const type of ['beforeunload', 'pagehide']) {
      dispatchEvent(new Event(type));
      expect(sessionStorage.getItem('sveltekit:scroll'), type).toBeNull();
      expect(sessionStorage.getItem('sveltekit:snapshot'), type).toBeNull();
    }
    expect(sessionStorage.getItem('not-ours')).toBe('x');
    stop();
    dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem('sveltekit:scroll')).not.toBeNull(); // control: without us, it stays
    stopRouter();
  });
});

describe('forgetRouterState at start', () => {
  it('removes keys a previous page left behind (left before its own listeners were in place)', () => {
    sessionStorage.setItem('sveltekit:scroll', '{"1":{"x":0,"y":0}}');
    sessionStorage.setItem('sveltekit:snapshot', '{}');
    const stop = forgetRouterState(window);
    expect(Object.keys(sessionStorage)).toEqual([]);
    stop();
  });
});
