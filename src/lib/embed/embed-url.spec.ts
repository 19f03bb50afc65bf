import { describe, expect, it } from 'vitest';
import { embedUrl } from './embed-url';

describe('embedUrl', () => {
  it('points at the story embed or a panel embed, with the trailing slash the site uses', () => {
    expect(embedUrl('https://g.example', '')).toBe('https://g.example/embed/');
    expect(embedUrl('https://g.example', 'chart/losses-pokrovsk')).toBe(
      'https://g.example/embed/chart/losses-pokrovsk/'
    );
  });
});
