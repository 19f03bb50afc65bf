import { describe, expect, it } from 'vitest';
import type { Block } from '$content/article';
import type { ContextNote, Step } from '$content/schema';
import { site } from '$content/site';
import { isLongStep, resolveStep } from './step-view';

const p = (id: string, number: number, text: string) => ({ id, type: 'paragraph', number, text }) as Block;
const note = { id: 'mine', title: 'The mine' } as ContextNote;
const content = {
  blocks: new Map([
    ['p1', p('p1', 1, 'First.')],
    ['p4', p('p4', 4, 'Fourth.')]
  ]),
  notes: new Map([['mine', note]])
};
const step = (over: Partial<Step>) =>
  ({ id: 's', paragraphs: ['p4', 'p1'], claim: 'A claim.', voice: 'claim', ...over }) as Step;

describe('resolveStep', () => {
  it('gives the cited blocks in the step’s order and its context notes', () => {
    const view = resolveStep(step({ context: ['mine'] }), content);
    expect(view.cited.map((b) => b.text)).toEqual(['Fourth.', 'First.']);
    expect(view.notes).toEqual([note]);
    expect(view.analysis).toBe(false);
    expect(view.voiceLabel).toBe(site.legend.claim);
  });

  it('marks analysis steps and gives no notes to a step without context', () => {
    const view = resolveStep(step({ voice: 'analysis' }), content);
    expect(view.analysis).toBe(true);
    expect(view.voiceLabel).toBe(site.legend.analysis);
    expect(view.notes).toEqual([]);
  });

  it('names the step and the ID when the content does not have a block or note', () => {
    expect(() => resolveStep(step({ id: 'where', paragraphs: ['p9'] }), content)).toThrow(
      'step "where": article block "p9"'
    );
    expect(() => resolveStep(step({ context: ['lithium'] }), content)).toThrow('context note "lithium"');
  });
});

describe('isLongStep', () => {
  it('counts the claim and the quote together', () => {
    expect(isLongStep({ claim: 'x'.repeat(200) })).toBe(false);
    expect(isLongStep({ claim: 'x'.repeat(200), quote: 'y'.repeat(41) })).toBe(true);
    expect(isLongStep({ claim: 'x'.repeat(240) })).toBe(false);
  });
});
