import type { ChartId } from './charts';
import type { MapPresetId } from './map-presets';

// Copy for the standalone embeds (/embed/<kind>/<name>/). Titles describe the graphic, not the
// argument: a newsroom may place it next to its own text.

export const EMBED_ATTRIBUTION = 'Graphic: Pokrovsk explainer';

export const CHART_EMBED_TITLES: Record<ChartId, string> = {
  losses: 'Russian losses in three battles, as the op-ed gives them',
  durations: 'How long the battles for Bakhmut, Avdiivka and Pokrovsk lasted',
  'per-month': 'Losses per month of fighting, from the op-ed’s figures',
  shells: 'Russian artillery shells fired per day'
};

export const MAP_EMBED_TITLES: Record<MapPresetId, string> = {
  ukraine: 'Donetsk oblast in Ukraine',
  battles: 'Bakhmut, Avdiivka and Pokrovsk in Donetsk oblast',
  'pokrovsk-closeup': 'Pokrovsk and Myrnohrad',
  lithium: 'The Shevchenko lithium deposit',
  donbas: 'Cities of northern Donetsk oblast Russia had not taken'
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
