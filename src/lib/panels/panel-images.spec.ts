import { describe, expect, it } from 'vitest';
import type { Panel } from '$content/schema';
import { panelImage } from './panel-images';

describe('panelImage', () => {
  // The file names the built site serves (build/maps, build/charts), written out by hand.
  it('picks the map frame the container query shows at that width', () => {
    const panel: Panel = { type: 'map', preset: 'ukraine', layers: ['oblasts', 'cities'], alt: 'a map' };
    expect(panelImage(panel, 960)).toBe('/maps/ukraine--oblasts_cities--desktop.svg');
    expect(panelImage(panel, 375)).toBe('/maps/ukraine--oblasts_cities--phone.svg');
  });

  it('picks the chart width the container query shows at that width', () => {
    const panel: Panel = { type: 'chart', chart: 'losses', highlight: 'pokrovsk', alt: 'a chart' };
    expect(panelImage(panel, 700)).toBe('/charts/losses--pokrovsk--plain--640.svg');
    expect(panelImage(panel, 340)).toBe('/charts/losses--pokrovsk--plain--300.svg');
  });

  it('has nothing to fetch for text panels', () => {
    expect(panelImage({ type: 'title' } as never, 960)).toBeNull();
  });
});
