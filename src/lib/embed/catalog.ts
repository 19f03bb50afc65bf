// Which embeds exist: the whole story, plus one per distinct map or chart state in the story.
// Paths come from the panel's content (preset, layers, chart, highlight), never from step order,
// so reordering the story does not move a URL a newsroom has already published.

import { article } from '$content/article';
import { CHART_EMBED_TITLES, CHART_STATE_SUFFIX, MAP_EMBED_TITLES, MAP_LAYER_SUFFIX } from '$content/embeds';
import type { ContextNote, Panel, Source, Step, Story } from '$content/schema';

export type GraphicPanel = Extract<Panel, { type: 'map' | 'chart' }>;

/** What the embed-code page lists: the whole story and each panel. */
export interface EmbedListing {
  /** Below /embed/; '' for the whole story. */
  path: string;
  slug: string;
  title: string;
  /** Height for the fixed-height iframe snippet: roughly the embed at 660 px wide. */
  fallbackHeight: number;
}

export interface PanelEmbed {
  /** 'chart/losses-pokrovsk': the URL below /embed/. */
  path: string;
  /** 'chart-losses-pokrovsk': Datawrapper key and element ids. */
  slug: string;
  title: string;
  alt: string;
  panel: GraphicPanel;
  /** The first step that shows this state: the canonical link points there. */
  stepId: string;
  /** The article first, then the sources of every context note the showing steps cite. */
  sources: Source[];
  fallbackHeight: number;
}

function isGraphic(panel: Panel): panel is GraphicPanel {
  return panel.type === 'map' || panel.type === 'chart';
}

/** Identity of a panel state, ignoring its alt text (two steps may describe one state differently). */
function stateKey(panel: GraphicPanel): string {
  if (panel.type === 'map') return `map:${panel.preset}:${[...panel.layers].sort().join(',')}`;
  return `chart:${panel.chart}:${panel.highlight ?? ''}:${panel.showContext ? 'context' : ''}`;
}

const FALLBACK_HEIGHT = { map: 640, chart: 560 } as const;

export const articleSource: Source = {
  title: article.source.title,
  publisher: article.source.publisher,
  date: 'undated',
  url: article.source.url
};

function sourcesOf(steps: Step[], notes: ContextNote[]): Source[] {
  const byUrl = new Map<string, Source>([[articleSource.url, articleSource]]);
  for (const id of steps.flatMap((s) => s.context ?? [])) {
    for (const source of notes.find((n) => n.id === id)?.sources ?? []) {
      if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    }
  }
  return [...byUrl.values()];
}

function nameOf(panel: GraphicPanel, sameKind: GraphicPanel[]): { name: string; title: string } {
  if (panel.type === 'chart') {
    const parts = [panel.highlight, panel.showContext ? 'context' : undefined].filter((p) => p !== undefined);
    const suffix = [
      panel.highlight ? CHART_STATE_SUFFIX.highlight(panel.highlight) : undefined,
      panel.showContext ? CHART_STATE_SUFFIX.context : undefined
    ].filter((p) => p !== undefined);
    const title = [CHART_EMBED_TITLES[panel.chart], ...suffix].join(', ');
    return { name: [panel.chart, ...parts].join('-'), title };
  }
  // Layers every state of this preset shares are the baseline; the rest name the variant.
  const presetLayers = sameKind.flatMap((p) => (p.type === 'map' && p.preset === panel.preset ? [p.layers] : []));
  const extra = panel.layers.filter((layer) => !presetLayers.every((layers) => layers.includes(layer)));
  const suffix = extra.map((layer) => MAP_LAYER_SUFFIX[layer] ?? layer);
  return { name: [panel.preset, ...extra].join('-'), title: [MAP_EMBED_TITLES[panel.preset], ...suffix].join(', ') };
}

export function panelEmbeds(story: Story, notes: ContextNote[]): PanelEmbed[] {
  const groups = new Map<string, { panel: GraphicPanel; steps: Step[] }>();
  for (const step of story.steps) {
    if (!isGraphic(step.panel)) continue;
    const key = stateKey(step.panel);
    const group = groups.get(key) ?? { panel: step.panel, steps: [] };
    group.steps.push(step);
    groups.set(key, group);
  }
  const panels = [...groups.values()].map((g) => g.panel);
  const embeds = [...groups.values()].map(({ panel, steps }): PanelEmbed => {
    const { name, title } = nameOf(panel, panels);
    const first = steps[0] as Step;
    return {
      path: `${panel.type}/${name}`,
      slug: `${panel.type}-${name}`,
      title,
      alt: panel.alt,
      panel,
      stepId: first.id,
      sources: sourcesOf(steps, notes),
      fallbackHeight: FALLBACK_HEIGHT[panel.type]
    };
  });
  const seen = new Set<string>();
  for (const e of embeds) {
    if (seen.has(e.path)) throw new Error(`src/content/story.ts: two panel states both map to /embed/${e.path}/`);
    seen.add(e.path);
  }
  return embeds;
}

export function storySources(story: Story, notes: ContextNote[]): Source[] {
  return sourcesOf(story.steps, notes);
}

export function embedListings(
  story: Story,
  notes: ContextNote[],
  storyTitle: string,
  compactTitle: string
): EmbedListing[] {
  const story_: EmbedListing = { path: '', slug: 'story', title: storyTitle, fallbackHeight: 900 };
  const compact: EmbedListing = { path: 'compact', slug: 'story-compact', title: compactTitle, fallbackHeight: 900 };
  return [
    story_,
    compact,
    ...panelEmbeds(story, notes).map(({ path, slug, title, fallbackHeight }) => ({ path, slug, title, fallbackHeight }))
  ];
}
