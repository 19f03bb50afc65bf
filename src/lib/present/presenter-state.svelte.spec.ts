import { describe, expect, it } from 'vitest';
import { PresenterState } from './presenter-state.svelte';

describe('PresenterState', () => {
  it('keeps at most one modal layer open, and the notes panel independent of both', () => {
    const state = new PresenterState();
    state.toggle('notes');
    state.toggle('overview');
    expect([state.overview, state.help, state.notes, state.modal]).toEqual([true, false, true, true]);
    state.toggle('help');
    expect([state.overview, state.help, state.notes]).toEqual([false, true, true]);
    state.close();
    expect([state.modal, state.notes]).toEqual([false, true]);
  });

  it('toggles a layer closed again', () => {
    const state = new PresenterState();
    state.toggle('overview');
    state.toggle('overview');
    expect(state.overview).toBe(false);
  });
});
