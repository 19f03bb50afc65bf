// Host pages for the embed e2e tests (and for trying embeds by hand): a different port from the
// site, hence a different origin, like a newsroom's CMS. The embed codes come from the same module
// as the /embed-code/ page, so the tests exercise exactly what newsrooms copy.
//   GET /host/<pym|frames|datawrapper|iframe>?path=chart/losses-pokrovsk&slug=…&title=…&height=560
//   GET /sibling  a third-party frame that pokes the embed with a frames-init (must be ignored)
import { createServer } from 'node:http';
import { embedSnippets, SNIPPET_KINDS } from '../src/lib/embed/snippets.js';

const PORT = Number(process.env.EMBED_HOST_PORT ?? 4174);
const SITE = process.env.EMBED_SITE_ORIGIN ?? `http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4173}`;

/** @param {string} s */
const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** @param {string} kind @param {URLSearchParams} q */
function hostPage(kind, q) {
  const path = q.get('path') ?? '';
  const snippet = embedSnippets({
    url: `${SITE}/embed/${path ? `${path}/` : ''}`,
    slug: q.get('slug') ?? 'story',
    title: q.get('title') ?? 'Embedded graphic',
    height: Number(q.get('height') ?? 600)
  })[/** @type {'pym'} */ (kind)];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article (${text(kind)})</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 sans-serif}h1,p{margin:1rem}</style></head>
<body><h1>Host article</h1><p>Text before the embed.</p>
${snippet}
<p id="after">Text after the embed.</p></body></html>`;
}

const sibling = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sibling</title></head><body><script>
parent.frames[0].postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
parent.frames[0].postMessage('pymxPYMxpym-storyxPYMxwidthxPYMx330', '*');
document.title = 'sibling sent';
</script></body></html>`;

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  const kind = url.pathname.match(/^\/host\/([a-z]+)$/)?.[1];
  const send = (/** @type {number} */ status, /** @type {string} */ body) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (kind && /** @type {readonly string[]} */ (SNIPPET_KINDS).includes(kind))
      return send(200, hostPage(kind, url.searchParams));
    if (url.pathname === '/sibling') return send(200, sibling);
    if (url.pathname === '/')
      return send(
        200,
        `<!doctype html><title>embed hosts</title><p>Try /host/pym?path=chart/losses-pokrovsk&slug=chart-losses-pokrovsk</p>`
      );
    send(404, 'not found');
  } catch (error) {
    send(400, text(String(error)));
  }
}).listen(PORT, '127.0.0.1', () => console.log(`embed hosts on http://127.0.0.1:${PORT}/ → site ${SITE}`));
