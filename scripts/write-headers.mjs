// Writes build/_headers (Netlify / Cloudflare Pages format) after `vite build`: for every
// prerendered page, the same Content-Security-Policy its <meta> tag carries, plus the one
// directive a meta tag cannot carry — frame-ancestors: any origin for /embed/ routes (newsrooms
// frame them), only our own origin elsewhere.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUILD = process.argv[2] ?? 'build';
const BASE = process.env.BASE_PATH ?? '';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a prerendered file is served at: build/embed/index.html → /embed/. */
export function routeOf(file, buildDir = BUILD) {
  const rel = relative(buildDir, file).split(sep).join('/');
  return `${BASE}/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

/**
 * Catch-all rules, so no address escapes the framing rule: hosts serve `/index.html`,
 * `/present/index.html` and so on too, which the exact page rules above do not match. One rule
 * per top-level entry of the build (a folder gets `/name/*`), never one `/*` over everything:
 * rules that match the same address add up, and a site-wide `frame-ancestors 'self'` would then
 * forbid framing the embeds too. The CSP here holds only frame-ancestors, so adding it to a
 * page's own policy restricts framing and nothing else.
 */
export function catchAllRules(entries, base = BASE) {
  return entries
    .filter((entry) => entry.name !== '_app' && entry.name !== '_headers')
    .map((entry) => {
      const path = `${base}/${entry.name}${entry.dir ? '/*' : ''}`;
      const ancestors = entry.dir && entry.name === 'embed' ? '*' : "'self'";
      return [
        path,
        `  Content-Security-Policy: frame-ancestors ${ancestors}`,
        '  X-Content-Type-Options: nosniff'
      ].join('\n');
    });
}

export function headersFor(route, metaPolicy) {
  const embeddable = route.startsWith(`${BASE}/embed/`) && !route.startsWith(`${BASE}/embed-code/`);
  const policy = `${metaPolicy.replace(/;?\s*$/, '')}; frame-ancestors ${embeddable ? '*' : "'self'"}`;
  return [
    route,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin'
  ].join('\n');
}

if (process.argv[1]?.endsWith('write-headers.mjs')) {
  const blocks = htmlFiles(BUILD).map((file) => {
    const html = readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
    if (!meta) throw new Error(`${file}: no CSP meta tag (is kit.csp configured?)`);
    return headersFor(routeOf(file), meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
  });
  const assets = [
    `${BASE}/_app/immutable/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '  X-Content-Type-Options: nosniff'
  ].join('\n');
  const entries = readdirSync(BUILD).map((name) => ({ name, dir: statSync(join(BUILD, name)).isDirectory() }));
  const catchAll = catchAllRules(entries);
  writeFileSync(join(BUILD, '_headers'), [...blocks, ...catchAll, assets].join('\n\n') + '\n');
  console.log(`_headers: ${blocks.length} pages, ${catchAll.length} catch-all rules`);
}
