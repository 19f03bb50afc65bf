import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeading, segmentArticle } from './segment.mjs';
import { buildArticle } from './segment-article.mjs';

type Block = { id: string; type: string; text: string };

const raw = readFileSync(new URL('../raw/pokrovsk-op-ed.txt', import.meta.url), 'utf8');
const blocks: Block[] = segmentArticle(raw);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The article body as a reader sees it: title to byline, minus the scrape's chrome lines. */
function bodyWordsFromRaw(): string[] {
  const lines = raw.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Russia’s Costly Assault'));
  const end = lines.findIndex((l) => l.startsWith('Bohdan Popov, Head of Digital'));
  const body = lines.slice(start, end + 1).filter((l) => l.trim() !== 'By');
  const caption = body.findIndex((l) => l.startsWith('Photo:'));
  body.splice(caption + 1, 1); // the caption appears twice; the story keeps one
  return words(body.join('\n').replaceAll('•', ''));
}

describe('segmentArticle', () => {
  it('reproduces the article body word for word', () => {
    expect(blocks.flatMap((b) => words(b.text))).toEqual(bodyWordsFromRaw());
  });

  it('lets none of the page chrome leak in', () => {
    const all = blocks.map((b) => b.text).join('\n');
    for (const chrome of ['Menu', 'Similar articles', 'cookies', 'Outdated Browser', 'Google Chrome', '67.15%']) {
      expect(all).not.toContain(chrome);
    }
    expect(all).not.toMatch(/[\u0400-\u04FF]/); // the Ukrainian browser notice
    expect(blocks.filter((b) => b.type === 'caption')).toHaveLength(1);
    expect(blocks.some((b) => b.text === 'By')).toBe(false);
  });

  it('finds the structure the publisher README describes', () => {
    const count = (type: string) => blocks.filter((b) => b.type === type).length;
    expect([count('title'), count('dek'), count('caption'), count('byline')]).toEqual([1, 1, 1, 1]);
    expect(count('paragraph')).toBe(15);
    expect(count('heading')).toBe(4);
    expect(count('list-item')).toBe(5);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  });

  it('fails loudly when the scrape has no end marker', () => {
    expect(() => segmentArticle('Title\n\nBody.')).toThrow(/end marker/);
  });
});

describe('isHeading', () => {
  it('accepts title case without a full stop and rejects sentences', () => {
    expect(isHeading('Local Russian "Successes" Do Not Mean That the Russian Federation Has the Potential')).toBe(true);
    expect(isHeading('Potential Ukrainian Withdrawal from Pokrovsk – This Is Not a Defeat')).toBe(true);
    expect(isHeading('The Kremlin burned through hundreds of thousands of soldiers for a symbolic victory')).toBe(
      false
    );
    expect(isHeading('Pokrovsk Is Important Here.')).toBe(false);
  });
});

describe('data/processed/article.json', () => {
  it('is what the script derives from data/raw (re-run `npm run data` after editing)', () => {
    const committed = JSON.parse(readFileSync(new URL('../processed/article.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildArticle(raw));
  });
});
