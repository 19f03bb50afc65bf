import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build script without type declarations
import { catchAllRules, headersFor, routeOf } from './write-headers.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";

describe('write-headers', () => {
  it('maps prerendered files to the routes they are served at', () => {
    expect(routeOf('build/index.html', 'build')).toBe('/');
    expect(routeOf('build/embed/chart/losses/index.html', 'build')).toBe('/embed/chart/losses/');
  });

  it('lets any origin frame embed routes, and only our own origin frame the rest', () => {
    expect(headersFor('/embed/map/lithium/', POLICY)).toContain(`${POLICY}; frame-ancestors *`);
    expect(headersFor('/', POLICY)).toContain("frame-ancestors 'self'");
    expect(headersFor('/embed-code/', POLICY)).toContain("frame-ancestors 'self'");
    expect(headersFor('/', POLICY)).toMatch(
      /X-Content-Type-Options: nosniff[\s\S]*Referrer-Policy: strict-origin-when-cross-origin/
    );
  });
});

/** Netlify / Cloudflare Pages `_headers` matching: a rule applies to its exact path, or to everything under a trailing `*`. */
function frameAncestorsFor(rules: string[], path: string): string[] {
  return rules
    .filter((rule) => {
      const pattern = rule.split('\n')[0]!;
      return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    })
    .map((rule) => /frame-ancestors ([^;\n]+)/.exec(rule)![1]!);
}

describe('catch-all rules', () => {
  // A build's top level, as the site has it.
  const entries = ['_app', 'charts', 'embed', 'embed-code', 'geo', 'maps', 'present', 'print'].map((name) => ({
    name,
    dir: true
  }));
  entries.push(
    { name: 'index.html', dir: false },
    { name: '__data.json', dir: false },
    { name: '_headers', dir: false }
  );
  const rules = catchAllRules(entries, '');

  it('keep every other address of a page unframeable by other sites', () => {
    for (const path of [
      '/index.html',
      '/present/index.html',
      '/print/index.html',
      '/embed-code/index.html',
      '/maps/ukraine--oblasts--desktop.svg'
    ]) {
      expect(frameAncestorsFor(rules, path), path).toEqual(["'self'"]);
    }
  });

  it('let any site frame the embeds, and add no second rule that would forbid it', () => {
    expect(frameAncestorsFor(rules, '/embed/chart/losses/index.html')).toEqual(['*']);
    expect(frameAncestorsFor(rules, '/embed/story/')).toEqual(['*']);
  });

  it('leave the hashed assets and the headers file to their own rules', () => {
    expect(frameAncestorsFor(rules, '/_app/immutable/x.js')).toEqual([]);
  });
});
