import { describe, expect, it } from 'vitest';
import { presenterActionForEvent, presenterActionForKey, type KeyPress } from './presenter-keys';

const press = (key: string, over: Partial<KeyPress> = {}) =>
  presenterActionForKey({ key, modifier: false, modal: false, onControl: false, ...over });

describe('presenterActionForKey', () => {
  it('steps with the story’s keys: clicker PageUp/PageDown, arrows, Space, Home/End', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown'])
      expect(press(key)).toEqual({ type: 'step', command: { type: 'next' } });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(press(key)).toEqual({ type: 'step', command: { type: 'prev' } });
    expect(press('Home')).toEqual({ type: 'step', command: { type: 'first' } });
    expect(press('End')).toEqual({ type: 'step', command: { type: 'last' } });
  });

  it('maps f, o, n, N and ? to full screen, overview, notes, the notes window and help', () => {
    expect(press('f')).toEqual({ type: 'fullscreen' });
    expect(press('o')).toEqual({ type: 'toggle', layer: 'overview' });
    expect(press('n')).toEqual({ type: 'toggle', layer: 'notes' });
    expect(press('N')).toEqual({ type: 'notes-window' });
    expect(press('?')).toEqual({ type: 'toggle', layer: 'help' });
  });

  it('opens the overview with Esc, and closes whatever modal layer is open with Esc', () => {
    expect(press('Escape')).toEqual({ type: 'toggle', layer: 'overview' });
    expect(press('Escape', { modal: true })).toEqual({ type: 'close' });
  });

  it('leaves arrows and letters to an open overview or help, except the keys that close them', () => {
    expect(press('ArrowRight', { modal: true })).toBeNull();
    expect(press('f', { modal: true })).toBeNull();
    expect(press('o', { modal: true })).toEqual({ type: 'toggle', layer: 'overview' });
  });

  it('lets Space and Enter activate a focused button instead of stepping twice', () => {
    expect(press(' ', { onControl: true })).toBeNull();
    expect(press('Enter', { onControl: true })).toBeNull();
    expect(press('PageDown', { onControl: true })).toEqual({ type: 'step', command: { type: 'next' } });
  });

  it('ignores browser shortcuts and unknown keys', () => {
    expect(press('f', { modifier: true })).toBeNull();
    expect(press('ArrowRight', { modifier: true })).toBeNull();
    expect(press('x')).toBeNull();
  });
});

describe('presenterActionForEvent', () => {
  const event = (key: string, extra: Partial<KeyboardEvent> = {}) =>
    ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      defaultPrevented: false,
      target: null,
      ...extra
    }) as KeyboardEvent;

  it('reads the key, modifiers and focus from the event', () => {
    expect(presenterActionForEvent(event('ArrowRight'), false)).toEqual({ type: 'step', command: { type: 'next' } });
    expect(presenterActionForEvent(event('ArrowRight', { ctrlKey: true }), false)).toBeNull();
    expect(presenterActionForEvent(event('ArrowRight', { defaultPrevented: true }), false)).toBeNull();
    expect(presenterActionForEvent(event('ArrowRight'), true)).toBeNull();
    const onButton = {
      closest: (selector: string) => (selector.includes('button') ? {} : null)
    } as unknown as EventTarget;
    expect(presenterActionForEvent(event(' ', { target: onButton }), false)).toBeNull();
    expect(presenterActionForEvent(event(' '), false)).toEqual({ type: 'step', command: { type: 'next' } });
  });
});
