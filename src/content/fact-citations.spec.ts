import { describe, expect, it } from 'vitest';
import { citationProblems, indexFactBase, isoCore, parseFactBase, trimUrl } from './fact-citations';

// Lines in the fact base's own shapes (data/raw/facts/FACTS.md, ADDENDUM-2026-12.md).
const FACTS = [
  '| Claim | x | "Russian Army Claims Capture of Key City of Pokrovsk" / The Moscow Times / 2025-12-02 / https://mt.example/a ; Anadolu/Reuters via aNews / 2025-12-01 / https://anews.example/b | High | see https://bare.example/c. |',
  '| Kirby | x | K+W | Interfax-Ukraine / 2023-05-02 / https://ifx.example/907497.html ; Censor.net (Interfax-Ukraine) / 2024-08-20 / https://censor.example/d | High | |',
  '| ISW | x | [description] ISW: no evidence / Radio Svoboda (RFE/RL Ukrainian) / 2026-02-26 / https://rs.example/e | High | |',
  '| TASS | x | "Командир Смирнов" [translated: "Commander Smirnov"] / News.mail.ru (TASS) / 2026-03-03 / https://mail.example/f | Low | |',
  '| Zelensky | x | EA WorldView (citing The Guardian) / ~2025-11-09 (reported on 2025-11-09) / https://ea.example/?p=1 | Medium | |',
  '| Wiki | x | "Battle of Avdiivka (2023–2024)" / Wikipedia / https://en.wikipedia.org/wiki/Battle_of_Avdiivka_(2023) | High | |',
  '```csv',
  'Bakhmut,x,1,2,K,scope,2023-05-01,https://ifx.example/907497.html,High',
  '```'
].join('\n');

describe('parseFactBase', () => {
  const entries = parseFactBase(FACTS, 'FACTS.md');
  const byUrl = (url: string) => entries.filter((e) => e.url === url);

  it('reads headline, publisher-only, description and translated entries with their dates', () => {
    expect(byUrl('https://mt.example/a')).toMatchObject([
      { date: '2025-12-02', titleKind: 'headline', headline: 'Russian Army Claims Capture of Key City of Pokrovsk' }
    ]);
    expect(byUrl('https://anews.example/b')).toMatchObject([
      { date: '2025-12-01', titleKind: 'description', headline: null }
    ]);
    expect(byUrl('https://rs.example/e')).toMatchObject([{ date: '2026-02-26', titleKind: 'description' }]);
    expect(byUrl('https://mail.example/f')).toMatchObject([
      { titleKind: 'headline', headline: 'Commander Smirnov', translated: true }
    ]);
    expect(byUrl('https://censor.example/d')).toMatchObject([{ date: '2024-08-20', titleKind: 'description' }]);
    expect(byUrl('https://ea.example/?p=1')[0]!.date).toMatch(/^~2025-11-09/);
  });

  it('keeps a bracket the URL opened, gives bare links no date, and skips CSV blocks', () => {
    expect(byUrl('https://en.wikipedia.org/wiki/Battle_of_Avdiivka_(2023)')).toMatchObject([
      { date: null, titleKind: 'headline' }
    ]);
    expect(byUrl('https://bare.example/c')).toMatchObject([{ date: null, titleKind: 'description' }]);
    expect(byUrl('https://ifx.example/907497.html')).toHaveLength(1);
    expect(byUrl('https://ifx.example/907497.html')[0]!.where).toBe('FACTS.md:2');
    expect(trimUrl('https://x.example/a_(b)).')).toBe('https://x.example/a_(b)');
  });
});

describe('citationProblems', () => {
  const index = indexFactBase([{ name: 'FACTS.md', text: FACTS }]);
  const check = (c: Parameters<typeof citationProblems>[0]) => citationProblems(c, index.get(c.url)!);

  it('accepts the page date and the headline where the fact base gives it', () => {
    expect(
      check({
        url: 'https://mt.example/a',
        title: 'Russian army claims capture of key city of Pokrovsk in eastern Ukraine',
        titleKind: 'headline',
        date: '2025-12-02'
      })
    ).toEqual([]);
    expect(check({ url: 'https://anews.example/b', title: 'Putin told of Pokrovsk', date: '2025-12-01' })).toEqual([]);
    expect(
      check({
        url: 'https://mail.example/f',
        title: 'Commander Smirnov: saboteurs…',
        titleKind: 'headline',
        translated: true,
        date: '2026-03-03'
      })
    ).toEqual([]);
    expect(
      check({ url: 'https://ea.example/?p=1', title: 'Zelensky to the Guardian', date: '2025-11-09 (approx.)' })
    ).toEqual([]);
  });

  it('flags a date a day off, a lost "approximately", an invented headline, a missing headline and an unmarked translation', () => {
    expect(check({ url: 'https://ifx.example/907497.html', title: 'Kirby', date: '2023-05-01' })[0]).toMatch(
      /date "2023-05-01".*"2023-05-02" \(FACTS.md:2\)/
    );
    expect(check({ url: 'https://ea.example/?p=1', title: 'Zelensky', date: '2025-11-09' })[0]).toMatch(/date/);
    expect(
      check({ url: 'https://anews.example/b', title: 'Putin told', titleKind: 'headline', date: '2025-12-01' })[0]
    ).toMatch(/gives no headline/);
    expect(
      check({
        url: 'https://mt.example/a',
        title: 'Russian Army Claims Capture of Key City of Pokrovsk',
        date: '2025-12-02'
      })[0]
    ).toMatch(/gives the headline/);
    expect(
      check({
        url: 'https://mt.example/a',
        title: 'Russia takes Pokrovsk',
        titleKind: 'headline',
        date: '2025-12-02'
      })[0]
    ).toMatch(/not the fact base's headline/);
    expect(
      check({ url: 'https://mail.example/f', title: 'Commander Smirnov', titleKind: 'headline', date: '2026-03-03' })[0]
    ).toMatch(/set translated/);
  });

  it('reads the ISO part of a written date', () => {
    expect(isoCore('~2025-11-09 (interview reported on 2025-11-10)')).toBe('2025-11-09');
    expect(isoCore('undated')).toBeNull();
  });
});
