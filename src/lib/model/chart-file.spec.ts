import { describe, expect, it } from 'vitest';
import { loadContent } from '$content/load';
import { chartFile, parseChartFile, STATIC_CHART_WIDTHS } from './chart-file';

describe('chart image file names', () => {
  it('round-trip every chart state in the story at both widths', () => {
    const panels = loadContent().story.steps.flatMap((s) => (s.panel.type === 'chart' ? [s.panel] : []));
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) {
      const state = {
        chart: panel.chart,
        showContext: panel.showContext ?? false,
        ...(panel.highlight ? { highlight: panel.highlight } : {})
      };
      for (const { width } of STATIC_CHART_WIDTHS)
        expect(parseChartFile(chartFile(state, width))).toEqual({ state, width });
    }
  });

  it('name the state in words', () => {
    expect(chartFile({ chart: 'losses', highlight: 'pokrovsk', showContext: false }, 300)).toBe(
      'losses--pokrovsk--plain--300.svg'
    );
    expect(chartFile({ chart: 'shells', showContext: true }, 640)).toBe('shells--all--context--640.svg');
  });

  it.each([
    'losses--pokrovsk--plain--301.svg',
    'losses--kyiv--plain--300.svg',
    'pies--all--plain--300.svg',
    'losses--all--maybe--300.svg',
    'losses--all--plain--300.svg.js',
    '../losses--all--plain--300.svg',
    ''
  ])('reject %j', (file) => {
    expect(parseChartFile(file)).toBeUndefined();
  });
});
