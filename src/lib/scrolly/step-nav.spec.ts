import { describe, expect, it } from 'vitest';
import { addressForStep, greeting, isChosenFragment, isScrollIntent, reactToNotesMessage } from './step-nav';

describe('reactToNotesMessage', () => {
  it('moves to a step another page announces', () => {
    expect(reactToNotesMessage({ type: 'step', id: 'mine' }, 'intro')).toEqual({ type: 'go', id: 'mine' });
  });

  it('answers a hello with its own step', () => {
    expect(reactToNotesMessage({ type: 'hello' }, 'where')).toEqual({
      type: 'reply',
      message: { type: 'step', id: 'where' }
    });
  });
});

describe('greeting', () => {
  it('asks for the step and never announces one, so a new presenter tab cannot move a running one', () => {
    expect(greeting()).toEqual({ type: 'hello' });
  });

  it('is answered by a running presenter with its own step, which the newcomer then follows', () => {
    const answer = reactToNotesMessage(greeting(), 'running-step');
    expect(answer).toEqual({ type: 'reply', message: { type: 'step', id: 'running-step' } });
    expect(reactToNotesMessage({ type: 'step', id: 'running-step' }, 'intro')).toEqual({
      type: 'go',
      id: 'running-step'
    });
  });
});

describe('addressForStep', () => {
  it('adds the step hash, keeping path and other query parameters', () => {
    expect(addressForStep({ pathname: '/present/', search: '?lang=en&step=intro', hash: '' }, 'mine')).toBe(
      '/present/?lang=en#step-mine'
    );
  });

  it('is null when the address already shows the step, so no replaceState runs', () => {
    expect(addressForStep({ pathname: '/', search: '', hash: '#step-mine' }, 'mine')).toBeNull();
  });

  it('replaces a hash that points elsewhere', () => {
    expect(addressForStep({ pathname: '/', search: '', hash: '#p4' }, 'mine')).toBe('/#step-mine');
  });
});

describe('isChosenFragment', () => {
  const known = new Set(['speed', 'intro']);
  it('is true for a ¶ citation or any other fragment that is not a known step', () => {
    expect(isChosenFragment('#p6', known)).toBe(true);
    expect(isChosenFragment('#original-article', known)).toBe(true);
    expect(isChosenFragment('#step-unknown', known)).toBe(true);
  });

  it('is false for a step link and for no fragment at all', () => {
    expect(isChosenFragment('#step-speed', known)).toBe(false);
    expect(isChosenFragment('', known)).toBe(false);
    expect(isChosenFragment('#', known)).toBe(false);
  });
});

describe('isScrollIntent', () => {
  it('counts wheel, touch and scrolling keys as the reader moving on', () => {
    for (const event of [
      { type: 'wheel' },
      { type: 'touchmove' },
      { type: 'keydown', key: 'PageDown' },
      { type: 'keydown', key: ' ' }
    ]) {
      expect(isScrollIntent(event), JSON.stringify(event)).toBe(true);
    }
  });

  it('does not count copying the address or other keys', () => {
    expect(isScrollIntent({ type: 'keydown', key: 'c', ctrlKey: true })).toBe(false);
    expect(isScrollIntent({ type: 'keydown', key: 'Home', metaKey: true })).toBe(false);
    expect(isScrollIntent({ type: 'keydown', key: 'Tab' })).toBe(false);
    expect(isScrollIntent({ type: 'pointerdown' })).toBe(false);
  });
});
