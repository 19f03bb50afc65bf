import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build script without type declarations
import { headersFor, routeOf } from './write-headers.mjs';

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
    expect(headersFor('/', POLICY)).toMatch(/X-Content-Type-Options: nosniff[\s\S]*Referrer-Policy: strict-origin-when-cross-origin/);
  });
});
