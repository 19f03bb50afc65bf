import { describe, expect, it } from 'vitest';
import { correctionsHref, correctionsLabel } from './corrections-contact';

describe('correctionsHref', () => {
  it('turns an e-mail address into a mailto link, with or without the scheme', () => {
    expect(correctionsHref('corrections@example.org')).toBe('mailto:corrections@example.org');
    expect(correctionsHref(' mailto:desk@news.example.com ')).toBe('mailto:desk@news.example.com');
  });

  it('keeps an https page', () => {
    expect(correctionsHref('https://example.org/corrections')).toBe('https://example.org/corrections');
  });

  it('refuses what is not a working contact', () => {
    for (const bad of [
      undefined,
      '',
      '   ',
      'corrections',
      'a@b',
      'http://example.org/c',
      'javascript:alert(1)',
      'x@y.org?subject=<b>'
    ])
      expect(correctionsHref(bad), String(bad)).toBeNull();
  });
});

describe('correctionsLabel', () => {
  it('shows the address or the URL without its scheme', () => {
    expect(correctionsLabel('mailto:desk@example.org')).toBe('desk@example.org');
    expect(correctionsLabel('https://example.org/corrections/')).toBe('example.org/corrections');
  });
});
