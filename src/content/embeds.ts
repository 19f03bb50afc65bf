import type { ChartId } from './charts';
import type { MapPresetId } from './map-presets';

// Copy for the standalone embeds (/embed/<kind>/<name>/). Titles describe the graphic, not the
// argument: a newsroom may place it next to its own text.

export const EMBED_ATTRIBUTION = 'Graphic: The cost of Pokrovsk, an interactive explainer';

export const CHART_EMBED_TITLES: Record<ChartId, string> = {
  losses: 'Russian losses in three battles, as the op-ed gives them',
  durations: 'How long the battles for Bakhmut, Avdiivka and Pokrovsk lasted',
  'per-month': 'Losses per month of fighting: our arithmetic from the op-ed’s figures',
  shells: 'Russian artillery shells fired per day'
};

export const MAP_EMBED_TITLES: Record<MapPresetId, string> = {
  ukraine: 'Donetsk oblast in Ukraine',
  battles: 'Bakhmut, Avdiivka and Pokrovsk in Donetsk oblast',
  'pokrovsk-closeup': 'Pokrovsk and Myrnohrad',
  lithium: 'The Shevchenko lithium deposit',
  donbas: 'Kramatorsk, Sloviansk and Kostiantynivka in northern Donetsk oblast'
};

/** Title suffixes for a chart state that highlights one battle or adds context marks. */
export const CHART_STATE_SUFFIX = {
  context: 'with other published estimates',
  highlight: (battle: string) => `${battle[0]?.toUpperCase() ?? ''}${battle.slice(1)} highlighted`
};

/** Title suffixes for map layers that only some states of a preset show. */
export const MAP_LAYER_SUFFIX: Partial<Record<string, string>> = {
  mine: 'with the Pokrovske coal mine'
};

/** Words around the embeds: the iframe shell's footer and the embed-code page. */
export const EMBED_COPY = {
  storyTitle: 'The cost of Pokrovsk, as one op-ed tells it',
  sourcePrefix: 'Source:',
  sourceArticle: (publisher: string, author: string) => `op-ed by ${author}, ${publisher}`,
  contextPrefix: 'Context:',
  readStory: 'Read the full explainer',
  /** The compact story embed (/embed/compact/): steps and panels; context notes folded, the article linked. */
  compact: {
    title: 'The cost of Pokrovsk, as one op-ed tells it (compact)',
    mapNotesSummary: 'About this map: distances, dates and how precise the places are',
    contextSummary: (n: number) => (n === 1 ? 'Context: 1 dated, cited note' : `Context: ${n} dated, cited notes`),
    original: 'Read the original article, paragraph by paragraph, and how this explainer was made'
  },
  code: {
    title: 'Embed codes',
    intro:
      'Each graphic below can be placed on another site in an iframe that sizes itself to its content. Pick the snippet that matches the embed tool your CMS already uses; the plain iframe works everywhere but keeps a fixed height.',
    kinds: {
      pym: 'pym.js',
      frames: '@newswire/frames',
      datawrapper: 'Datawrapper-style responsive script',
      iframe: 'Plain iframe (fixed height)'
    },
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Select the text and copy it',
    preview: 'Preview at 330, 510, 660, 930 and 1200 px',
    previewAt: (w: number) => `${w} px wide`,
    open: 'Open the embed on its own',
    placeholderNote:
      'Addresses use a placeholder until the page knows its own address; with JavaScript on, they show this site’s.'
  }
} as const;
