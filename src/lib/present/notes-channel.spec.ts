import { describe, expect, it } from 'vitest';
import { encode, parseNotesMessage } from './notes-channel';

const known = new Set(['intro', 'where', 'mine']);

describe('parseNotesMessage', () => {
  it('accepts its own step and hello messages', () => {
    expect(parseNotesMessage(encode({ type: 'step', id: 'mine' }), known)).toEqual({ type: 'step', id: 'mine' });
    expect(parseNotesMessage(encode({ type: 'hello' }), known)).toEqual({ type: 'hello' });
  });

  it('survives a structured clone, as BroadcastChannel delivers it', () => {
    expect(parseNotesMessage(structuredClone(encode({ type: 'step', id: 'where' })), known)).toEqual({
      type: 'step',
      id: 'where'
    });
  });

  it.each([
    ['null', null],
    ['a string', 'step:mine'],
    ['an array', [encode({ type: 'hello' })]],
    ['another app', { app: 'reveal', v: 1, type: 'step', id: 'mine' }],
    ['another version', { app: 'pokrovsk-presenter', v: 2, type: 'step', id: 'mine' }],
    ['an unknown type', { app: 'pokrovsk-presenter', v: 1, type: 'go', id: 'mine' }],
    ['an unknown step', { app: 'pokrovsk-presenter', v: 1, type: 'step', id: 'kyiv' }],
    ['a non-string ID', { app: 'pokrovsk-presenter', v: 1, type: 'step', id: 3 }],
    ['an inherited-name ID', { app: 'pokrovsk-presenter', v: 1, type: 'step', id: 'constructor' }],
    ['an extra key', { app: 'pokrovsk-presenter', v: 1, type: 'step', id: 'mine', html: '<img>' }],
    ['a hello with a payload', { app: 'pokrovsk-presenter', v: 1, type: 'hello', id: 'mine' }],
    ['a missing ID', { app: 'pokrovsk-presenter', v: 1, type: 'step' }],
    ['a class instance', Object.assign(new (class Fake {})(), encode({ type: 'step', id: 'mine' }))]
  ])('drops %s', (_, data) => {
    expect(parseNotesMessage(data, known)).toBeNull();
  });
});
