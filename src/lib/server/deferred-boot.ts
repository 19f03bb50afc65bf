import { createHash } from 'node:crypto';

// Why: a prerendered page is readable before any script runs, but SvelteKit starts its app the
// moment its modules arrive, and on this page that is before the browser has painted: hydrating
// the long story then holds the first paint for ~80 ms of script on a fast machine (several
// times that on a phone), and the module preloads in the head compete with the HTML and the
// fonts for a slow line. So the page paints first and starts its app right after (issue 18).

/** How long a page that never reports a paint (a hidden tab, an off-screen frame) waits. */
export const BOOT_FALLBACK_MS = 1000;

const MODULEPRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const BOOT_SCRIPT = /<script>([\s\S]*?Promise\.all\(\[[\s\S]*?)<\/script>/;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * SvelteKit's inline start-up script rewritten to run after the first paint: the module preloads
 * are moved from the head into it, and the page's CSP hash follows the new script. A page
 * without that script (or a script of another shape) is returned unchanged.
 */
export function deferBoot(html: string): string {
  const found = BOOT_SCRIPT.exec(html);
  if (!found) return html;
  const original = found[1]!;
  const start = original.indexOf('Promise.all([');
  const end = original.lastIndexOf('}');
  if (end < start) return html;
  const modules = [...html.matchAll(MODULEPRELOAD)].map((m) => m[1]!);
  const preload = modules.length
    ? `for (const href of ${JSON.stringify(modules)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));`
    : '';
  const script =
    original.slice(0, start) +
    `let started = false;\nconst boot = () => {\nif (started) return;\nstarted = true;\n${preload}\n` +
    original.slice(start, end) +
    // A paint entry is reported once the frame is on screen; the app starts in the task after it.
    `};\ntry {\nnew PerformanceObserver((list, observer) => { observer.disconnect(); setTimeout(boot); }).observe({ type: 'paint', buffered: true });\n} catch {\nboot();\n}\nsetTimeout(boot, ${BOOT_FALLBACK_MS});\n` +
    original.slice(end);
  const oldHash = `'sha256-${sha256(original)}'`;
  return html
    .replace(MODULEPRELOAD, '')
    .replace(found[0], () => `<script>${script}</script>`)
    .replace(oldHash, () => `'sha256-${sha256(script)}'`);
}
