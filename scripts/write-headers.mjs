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
  const assets = [`${BASE}/_app/immutable/*`, '  Cache-Control: public, max-age=31536000, immutable', '  X-Content-Type-Options: nosniff'].join('\n');
  writeFileSync(join(BUILD, '_headers'), [...blocks, assets].join('\n\n') + '\n');
  console.log(`_headers: ${blocks.length} pages`);
}
