// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Panel } from '../../content/schema';
import { storyInput } from '../../content/story';
import { chartFile } from './chart-file';
import ChartGraphic from './ChartGraphic.svelte';
import ChartPanel from './ChartPanel.svelte';
import { figures, rowCounts } from './data';
import { describeChart } from './describe';
import { formatAmount } from './format';
import { chartHeight, STATIC_CHART_WIDTHS } from './layout';

type ChartPanelProps = Extract<Panel, { type: 'chart' }>;

const chartSteps = storyInput.steps.flatMap((s) => (s.panel.type === 'chart' ? [{ id: s.id, panel: s.panel as ChartPanelProps }] : []));

function renderPanel(panel: ChartPanelProps) {
  const { container } = render(ChartPanel, { props: { panel } });
  const root = container.querySelector<HTMLElement>('[data-chart]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const figureOf = (id: string) => rows.find((r) => r.dataset.figure === id)?.querySelector('.figure')?.textContent;
  return { root, rows, figureOf };
}

describe('ChartPanel', () => {
  it('renders every chart step of the story with its state on the root and its prerendered images', () => {
    expect(chartSteps.length).toBeGreaterThanOrEqual(8);
    for (const { panel } of chartSteps) {
      const { root } = renderPanel(panel);
      expect(root.dataset.chart).toBe(panel.chart);
      expect(root.dataset.highlight).toBe(panel.highlight);
      expect(root.dataset.showContext).toBe(panel.showContext ? 'true' : 'false');
      // Not live (in-flow copies, print, no JS): a narrow and a wide image, one shown by a container query.
      const state = { chart: panel.chart, highlight: panel.highlight, showContext: panel.showContext ?? false };
      const images = [...root.querySelectorAll('img')];
      expect(images.map((img) => img.getAttribute('src'))).toEqual(STATIC_CHART_WIDTHS.map(({ width }) => `/charts/${chartFile(state, width)}`));
      for (const img of images) {
        expect(img.alt).toBe(panel.alt);
        expect(root.ownerDocument.getElementById(img.getAttribute('aria-describedby')!)?.textContent).toBe(describeChart(state, figures));
        expect(img.getAttribute('height')).toBe(String(chartHeight(state, rowCounts)));
      }
      expect(root.querySelector('svg[role="img"]')).toBeNull();
    }
  });

  it('draws each state as one SVG with its title and description, as tall as its image says', () => {
    for (const { panel } of chartSteps) {
      const state = { chart: panel.chart, highlight: panel.highlight, showContext: panel.showContext ?? false };
      const desc = describeChart(state, figures);
      const { container } = render(ChartGraphic, { props: { chartState: state, width: 640, uid: 'u', title: panel.alt, desc } });
      const svgs = [...container.querySelectorAll('svg[role="img"]')];
      expect(svgs).toHaveLength(1);
      const svg = svgs[0]!;
      expect(svg.querySelector('title')?.textContent).toBe(panel.alt);
      expect(svg.querySelector('desc')?.textContent).toBe(desc);
      expect(desc.length).toBeGreaterThan(40);
      const idRef = (attr: string) => container.ownerDocument.getElementById(svg.getAttribute(attr)!)?.tagName;
      expect([idRef('aria-labelledby'), idRef('aria-describedby')]).toEqual(['title', 'desc']);
      expect(svg.getAttribute('height')).toBe(String(chartHeight(state, rowCounts)));
    }
    const withContext = render(ChartGraphic, { props: { chartState: { chart: 'losses', showContext: true }, width: 640, uid: 'c', title: 't', desc: 'd' } });
    expect(withContext.container.querySelectorAll('svg[role="img"] path').length).toBeGreaterThanOrEqual(figures.losses.context.length);
  });

  it('gives every chart step’s table a caption of its own (the handout shows them all at once)', () => {
    const captions = chartSteps.map(({ panel }) => renderPanel(panel).root.querySelector('caption')?.textContent);
    expect(new Set(captions).size).toBe(chartSteps.length);
  });

  it('losses: the table holds the article’s figures, and context only when asked', () => {
    const plain = renderPanel({ type: 'chart', chart: 'losses', highlight: 'bakhmut', alt: 'Loss chart, Bakhmut highlighted, for the test.' });
    expect(plain.figureOf('claim-bakhmut-losses')).toBe('70,000–100,000 or more');
    expect(plain.figureOf('claim-avdiivka-losses')).toBe('~40,000–50,000');
    expect(plain.figureOf('claim-pokrovsk-losses')).toBe('~100,000');
    expect(plain.rows.filter((r) => r.dataset.figure?.startsWith('ctx-'))).toHaveLength(0);
    expect(plain.rows.find((r) => r.dataset.figure === 'claim-bakhmut-losses')!.className).toContain('highlighted');

    const ctx = renderPanel({ type: 'chart', chart: 'losses', showContext: true, alt: 'Loss chart with context marks, for the test.' });
    for (const f of figures.losses.context) expect(ctx.figureOf(f.id), f.id).toBe(formatAmount(f));
  });

  it('per month: derived rows with their formula as the source', () => {
    const { rows, figureOf } = renderPanel({ type: 'chart', chart: 'per-month', alt: 'Per-month chart derived from the article, for the test.' });
    for (const d of figures.perMonth) expect(figureOf(d.id)).toBe(formatAmount(d));
    expect(rows.find((r) => r.dataset.figure === 'derived-avdiivka-per-month')!.textContent).toContain('÷ 4.3 months');
  });

  it('shells: a table twin with a link to every cited source', () => {
    const { root, figureOf } = renderPanel({ type: 'chart', chart: 'shells', showContext: true, alt: 'Shells chart with context estimates, for the test.' });
    expect(figureOf('claim-pokrovsk-shells')).toBe('over 10,000');
    expect(figureOf('claim-shells-drop')).toBe('dropped (no figure given)');
    const hrefs = [...root.querySelectorAll('tbody a')].map((a) => a.getAttribute('href'));
    for (const f of figures.shells.context) expect(hrefs).toContain(f.citation.url);
  });

  it('durations: dates of each battle, Pokrovsk with two starts and no agreed end', () => {
    const { figureOf } = renderPanel({ type: 'chart', chart: 'durations', alt: 'Timeline of the three battles, for the test.' });
    expect(figureOf('period-bakhmut')).toBe('1 Aug 2022 – 20 May 2023');
    expect(figureOf('period-pokrovsk')).toBe('17 Feb 2024 or 17 Jul 2024 – open (as of 6 Mar 2026)');
  });
});
