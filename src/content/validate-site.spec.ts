import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from './article';
import { readDocument } from './documents';
import type { SiteCopy } from './site-schema';
import { validateSiteRefs } from './validate-site';

const FILE = 'src/content/site.aml';
const source = readFileSync(FILE, 'utf8');
const refs = { blockIds: article.blocks.map((b) => b.id), corrections: [{ date: '2026-12-01' }] };

function check(src: string, r = refs) {
  const { data, lines } = readDocument(FILE, src);
  validateSiteRefs(data as SiteCopy, FILE, lines, r);
}

describe('site.aml against the article and the corrections log', () => {
  it('accepts the committed copy', () => {
    expect(() => check(source)).not.toThrow();
  });

  it('names a conclusion that is not a block of the article, with its line', () => {
    const line = source.split('\n').findIndex((l) => l.startsWith('conclusionFrom:')) + 1;
    expect(() => check(source.replace('conclusionFrom: p12', 'conclusionFrom: p99'))).toThrow(
      `wayfinding.conclusionFrom (line ${line}): "p99" is not a block of the article`
    );
  });

  it('refuses a published date after the newest correction, and one that is not a date', () => {
    expect(() => check(source.replace(/publishedDate: .*/, 'publishedDate: 2027-01-05'))).toThrow(
      /byline\.publishedDate .*2027-01-05 is after the newest correction \(2026-12-01\)/
    );
    expect(() => check(source.replace(/publishedDate: .*/, 'publishedDate: last week'))).toThrow(/YYYY-MM-DD/);
  });

  it('refuses a byline that does not start with "By "', () => {
    expect(() => check(source.replace(/^by: By /m, 'by: '))).toThrow(/must start with "By "/);
  });
});
