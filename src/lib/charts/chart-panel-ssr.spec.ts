import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { storyInput } from '$content/story';
import ChartPanel from './ChartPanel.svelte';

// The stage's chart measures its room as the stage minus what sits under the drawing. If the
// stage's table twin were ever drawn open (as the in-flow copies are until hydration), a chart
// measured then got a room short by the whole table, and at times kept it.
const panel = storyInput.steps.find((s) => s.panel.type === 'chart')!.panel as never;

describe('ChartPanel before hydration', () => {
  it('in the stage: the table is a closed dialog behind a button, never an open table', () => {
    const { body } = render(ChartPanel, { props: { panel, live: true } });
    expect(body).toContain('class="open-table');
    expect(body).not.toMatch(/<details[^>]*\bopen\b/);
    expect(body).not.toMatch(/<dialog[^>]*\bopen\b/);
  });

  it('in flow (no JS, print): the table is open', () => {
    const { body } = render(ChartPanel, { props: { panel, live: false } });
    expect(body).toMatch(/<details[^>]*\bopen\b/);
  });
});
