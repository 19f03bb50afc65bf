import { describe, expect, it } from 'vitest';
import { normaliseSiteUrl } from './site-url';

describe('normaliseSiteUrl', () => {
  it('keeps absolute http(s) URLs without trailing slashes', () => {
    expect(normaliseSiteUrl('https://graphics.example/pokrovsk/')).toBe('https://graphics.example/pokrovsk');
    expect(normaliseSiteUrl('http://127.0.0.1:4183')).toBe('http://127.0.0.1:4183');
  });

  it('treats anything else as unset', () => {
    for (const bad of [
      undefined,
      '',
      'graphics.example',
      'javascript:alert(1)',
      'ftp://x.example',
      'https://x.example/?a=1',
      '/pokrovsk'
    ]) {
      expect(normaliseSiteUrl(bad), String(bad)).toBeNull();
    }
  });
});
