import { describe, expect, it } from 'vitest';
import { qrSvg, shortAddress } from './live-address';

describe('shortAddress', () => {
  it.each([
    ['https://www.example.org/pokrovsk/', 'example.org/pokrovsk'],
    ['http://news.example.com', 'news.example.com'],
    ['https://example.org/a/b//', 'example.org/a/b']
  ])('%s → %s', (url, short) => expect(shortAddress(url)).toBe(short));
});

describe('qrSvg', () => {
  it('draws an SVG whose size grows with the text it encodes', async () => {
    const short = await qrSvg('https://a.org/');
    const long = await qrSvg(`https://example.org/${'x'.repeat(120)}/`);
    expect(short).toMatch(/^<svg[^>]+viewBox="0 0 (\d+) \1"/);
    const side = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    expect(side(long)).toBeGreaterThan(side(short));
  });
});
