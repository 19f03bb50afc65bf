import { describe, expect, it } from 'vitest';
import { citationTitle } from './citation-title';

describe('citationTitle', () => {
  it('quotes only a headline, and marks descriptions and translations as ours', () => {
    expect(citationTitle({ title: 'The price of Bakhmut', titleKind: 'headline' })).toEqual({
      text: 'The price of Bakhmut',
      quoted: true
    });
    expect(citationTitle({ title: 'Zelensky to Bloomberg on Pokrovsk' })).toEqual({
      text: 'Zelensky to Bloomberg on Pokrovsk',
      quoted: false,
      note: 'our description'
    });
    expect(citationTitle({ title: 'Commander Smirnov: …', titleKind: 'headline', translated: true })).toMatchObject({
      quoted: true,
      note: 'our translation'
    });
  });
});
