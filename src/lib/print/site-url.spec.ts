import { describe, expect, it } from 'vitest';
import { normaliseSiteUrl } from './site-url';

describe('normaliseSiteUrl', () => {
  it('keeps absolute http(s) URLs, without trailing slashes', () => {
    expect(normaliseSiteUrl('https://graphics.example/pokrovsk/')).toBe('https://graphics.example/pokrovsk');
    expect(normaliseSiteUrl('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
  });

  it('treats anything else as unset', () => {
    for (const raw of [undefined, null, '', 'graphics.example', 'javascript:alert(1)', 'https://x.example/?a=1', 'https://x.example/#top']) {
      expect(normaliseSiteUrl(raw)).toBeNull();
    }
  });
});
