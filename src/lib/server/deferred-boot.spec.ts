import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_FALLBACK_MS, deferBoot } from './deferred-boot';

// The shape SvelteKit 2 prerenders (build/index.html, trimmed): preloads in the head, the hash
// of the inline start-up script in the CSP meta tag, the script at the end of the body.
const BOOT = `
				{
					__sveltekit_abc = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [{ type: "data", data: { x: "}" } }] });
					});
				}
			`;
const hashOf = (script: string) => createHash('sha256').update(script, 'utf8').digest('base64');
const page = (boot = BOOT) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hashOf(boot)}'; style-src 'self'">
<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
<link href="./_app/immutable/assets/font.woff2" rel="preload" as="font" type="font/woff2" crossorigin>
</head><body><div><p>Text</p><script>${boot}</script></div></body></html>`;
const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

/** Runs the page's start-up script against a stub document, with `import()` recorded, not run. */
function run(script: string, { paintObserver = true } = {}) {
  const imported: string[] = [];
  const preloaded: string[] = [];
  const started: unknown[] = [];
  let observed: ((list: unknown, observer: { disconnect(): void }) => void) | undefined;
  const document = {
    currentScript: { parentElement: 'app-root' },
    createElement: () => ({}),
    head: { append: (link: { rel: string; href: string }) => preloaded.push(`${link.rel} ${link.href}`) }
  };
  class PerformanceObserver {
    constructor(callback: typeof observed) {
      observed = callback;
    }
    observe(options: { type: string; buffered: boolean }) {
      if (options.type !== 'paint' || !options.buffered) throw new Error('observes paint entries, buffered');
    }
  }
  const load = (url: string) => {
    imported.push(url);
    return Promise.resolve({ start: (...args: unknown[]) => started.push(args[1]) });
  };
  const body = script.replaceAll('import(', '__import(').replace(/__sveltekit_\w+ =/, 'globalThis.__kit =');
  new Function('document', 'PerformanceObserver', 'location', '__import', body)(
    document,
    paintObserver ? PerformanceObserver : undefined,
    'http://x/',
    load
  );
  return { imported, preloaded, started, paint: () => observed?.([], { disconnect: () => {} }) };
}

describe('deferBoot', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the module preloads out of the head and keeps the other links', () => {
    const html = deferBoot(page());
    expect(html).not.toMatch(/<link[^>]+rel="modulepreload"/);
    expect(html).toContain('rel="preload" as="font"');
  });

  it('puts the CSP hash of the new script where the old one was', () => {
    const html = deferBoot(page());
    const script = scriptOf(html);
    expect(script).not.toBe(BOOT);
    expect(html).toContain(`'sha256-${hashOf(script)}'`);
    expect(html).not.toContain(hashOf(BOOT));
  });

  it('starts the app only after the first paint is reported, once, with the preloads first', async () => {
    const boot = run(scriptOf(deferBoot(page())));
    await vi.advanceTimersByTimeAsync(BOOT_FALLBACK_MS / 2);
    expect(boot.imported).toEqual([]);
    boot.paint();
    expect(boot.imported).toEqual([]); // in the task after the paint, not inside the observer
    await vi.advanceTimersByTimeAsync(0);
    expect(boot.preloaded).toEqual([
      'modulepreload ./_app/immutable/entry/start.A.js',
      'modulepreload ./_app/immutable/chunks/C.js'
    ]);
    expect(boot.imported).toEqual(['./_app/immutable/entry/start.A.js', './_app/immutable/entry/app.B.js']);
    expect(boot.started).toEqual(['app-root']);
    await vi.advanceTimersByTimeAsync(BOOT_FALLBACK_MS);
    expect(boot.imported).toHaveLength(2);
    expect(boot.started).toHaveLength(1);
  });

  it('starts the app after the fallback delay on a page that never paints (a hidden tab)', async () => {
    const boot = run(scriptOf(deferBoot(page())));
    await vi.advanceTimersByTimeAsync(BOOT_FALLBACK_MS - 1);
    expect(boot.started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(boot.started).toEqual(['app-root']);
  });

  it('starts the app at once where paint entries cannot be observed', async () => {
    const boot = run(scriptOf(deferBoot(page())), { paintObserver: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(boot.started).toEqual(['app-root']);
  });

  it('leaves a page without the start-up script, or with one of another shape, as it is', () => {
    const withoutBoot = page().replace(/<script>[\s\S]*<\/script>/, '');
    expect(deferBoot(withoutBoot)).toBe(withoutBoot);
    const otherShape = page('console.log("no app here")');
    expect(deferBoot(otherShape)).toBe(otherShape);
  });
});
