import { describe, expect, it } from 'vitest';
import { loadContent } from '$content/load';
import type { Story } from '$content/schema';
import { panelEmbeds } from './catalog';
import { isValidEmbedId } from './datawrapper';

const { story, contextNotes } = loadContent();

describe('panelEmbeds on the real story', () => {
  const embeds = panelEmbeds(story, contextNotes);

  it('has one embed per distinct map/chart state, named from its content', () => {
    expect(embeds.map((e) => e.path)).toEqual([
      'map/ukraine',
      'map/battles',
      'chart/losses-pokrovsk',
      'map/pokrovsk-closeup',
      'chart/durations',
      'chart/losses-bakhmut',
      'chart/losses-avdiivka',
      'chart/losses-context',
      'chart/per-month',
      'map/pokrovsk-closeup-mine',
      'map/lithium',
      'chart/shells',
      'chart/shells-context',
      'map/donbas'
    ]);
  });

  it('gives each a slug usable as a Datawrapper key, a title, alt text and the article as first source', () => {
    for (const e of embeds) {
      expect(isValidEmbedId(e.slug), e.slug).toBe(true);
      expect(e.title.length).toBeGreaterThan(10);
      expect(e.alt.length).toBeGreaterThan(20);
      expect(e.sources[0]?.publisher).toMatch(/^The Gaze/);
      expect(new Set(e.sources.map((s) => s.url)).size).toBe(e.sources.length);
    }
    expect(embeds.find((e) => e.path === 'map/pokrovsk-closeup-mine')?.title).toBe(
      'Pokrovsk and Myrnohrad, with the Pokrovske coal mine'
    );
    expect(embeds.find((e) => e.path === 'chart/losses-bakhmut')?.title).toMatch(/Bakhmut highlighted$/);
  });

  it('links a repeated state (the battles map, steps 2 and 21) to its first step and both steps’ sources', () => {
    const battles = embeds.find((e) => e.path === 'map/battles');
    expect(battles?.stepId).toBe('storming');
    const notes = contextNotes.filter((n) => ['battle-dates', 'withdrawal-record'].includes(n.id));
    for (const url of notes.flatMap((n) => n.sources.map((s) => s.url))) {
      expect(battles?.sources.map((s) => s.url)).toContain(url);
    }
  });
});

describe('panelEmbeds guards', () => {
  it('fails the build when two states would share a URL', () => {
    const step = story.steps.find((s) => s.panel.type === 'chart' && s.panel.chart === 'durations');
    if (!step || step.panel.type !== 'chart') throw new Error('fixture');
    // Same chart, differing only in a field the name ignores: can't happen today, must not slip through.
    const clash: Story = {
      ...story,
      steps: [
        step,
        { ...step, id: 'clash', panel: { ...step.panel, chart: 'durations', highlight: undefined, showContext: false } }
      ]
    };
    expect(panelEmbeds(clash, contextNotes)).toHaveLength(1);
    const realClash: Story = {
      ...story,
      steps: [
        { ...step, panel: { type: 'map', preset: 'lithium', layers: [], alt: step.panel.alt } },
        { ...step, id: 'a', panel: { type: 'map', preset: 'lithium', layers: ['mine'], alt: step.panel.alt } },
        {
          ...step,
          id: 'b',
          panel: { type: 'map', preset: 'lithium-mine' as 'lithium', layers: [], alt: step.panel.alt }
        }
      ]
    };
    expect(() => panelEmbeds(realClash, contextNotes)).toThrow(/both map to \/embed\/map\/lithium-mine\//);
  });
});
