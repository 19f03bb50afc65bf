// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Panel } from '$content/schema';
import { storyInput } from '$content/story';
import ChartGraphic from './ChartGraphic.svelte';
import ChartPanel from './ChartPanel.svelte';
import { figures } from './chart-data';
import { describeChart } from './describe';
import { formatAmount } from '../model/figure-format';

type ChartPanelProps = Extract<Panel, { type: 'chart' }>;

const chartSteps = storyInput.steps.flatMap((s) =>
  s.panel.type === 'chart' ? [{ id: s.id, panel: s.panel as ChartPanelProps }] : []
);

/**
 * What each chart step shows without JS, typed out (read and checked against the figures in
 * data/figures/ and the article): its two image files, their heights (head 50 + rows of 64, 18 a line per other estimate + 6 a block, foot 62; at 300 px four estimates' labels take two lines), and the description read
 * to screen-reader users. A change in the file-name codec, the layout or the wording shows here.
 */
const LOSSES =
  'The article’s figures. Pokrovsk: ~100,000 killed and severely wounded. Bakhmut: 70,000–100,000 or more killed and wounded. Avdiivka: ~40,000–50,000 killed and wounded.';
const SHELLS =
  'The article: over 10,000 shells a day in certain periods of the fighting for Pokrovsk, and a drop since, with no figure given.';
const GOLDEN: Record<string, { files: [string, string]; heights: [string, string]; desc: string }> = {
  'pokrovsk-losses': {
    files: ['losses--pokrovsk--plain--300.svg', 'losses--pokrovsk--plain--640.svg'],
    heights: ['304', '304'],
    desc: LOSSES
  },
  precedent: {
    files: ['durations--all--plain--300.svg', 'durations--all--plain--640.svg'],
    heights: ['366', '366'],
    desc: 'Bakhmut: 1 Aug 2022 to 20 May 2023 (Russian capture claim (Wagner + RU MoD); Ukraine held the flanks). Avdiivka: 10 Oct 2023 to 17 Feb 2024 (Ukrainian withdrawal announced (Syrskyi) and Russian capture claim). Pokrovsk: 17 Feb 2024 or 17 Jul 2024 to no agreed end (Russia claimed the city on 1 Dec 2025; ISW was reported on 26 Feb 2026 as assessing its capture likely complete; Ukraine disputed both and had announced no withdrawal as of early Jul 2026). The article says “over a year” for Pokrovsk.'
  },
  'bakhmut-losses': {
    files: ['losses--bakhmut--plain--300.svg', 'losses--bakhmut--plain--640.svg'],
    heights: ['304', '304'],
    desc: LOSSES
  },
  'avdiivka-losses': {
    files: ['losses--avdiivka--plain--300.svg', 'losses--avdiivka--plain--640.svg'],
    heights: ['304', '304'],
    desc: LOSSES
  },
  'losses-in-context': {
    files: ['losses--all--context--300.svg', 'losses--all--context--640.svg'],
    heights: ['736', '664'],
    desc: `${LOSSES} Also shown: 19 other published estimates; hollow marks cover only part of a battle or one force, triangles count deaths only. Details in the data table.`
  },
  'per-month': {
    files: ['per-month--all--plain--300.svg', 'per-month--all--plain--640.svg'],
    heights: ['304', '304'],
    desc: 'Derived, not from the article: losses per month = the article’s range ÷ the battle’s length in months. Pokrovsk: ~100,000 ÷ 15.4 months (17 Jul 2024 – 28 Oct 2025) to 21.5 months (17 Feb 2024 – 1 Dec 2025) = ~4,700–6,500 a month. Bakhmut: 70,000–100,000 or more ÷ 9.6 months (1 Aug 2022 – 20 May 2023) = ~7,300–10,400 or more a month. Avdiivka: ~40,000–50,000 ÷ 4.3 months (10 Oct 2023 – 17 Feb 2024) = ~9,400–11,700 a month.'
  },
  shells: {
    files: ['shells--all--plain--300.svg', 'shells--all--plain--640.svg'],
    heights: ['372', '372'],
    desc: SHELLS
  },
  'shells-drop': {
    files: ['shells--all--context--300.svg', 'shells--all--context--640.svg'],
    heights: ['372', '372'],
    desc: `${SHELLS} Beside it, 12 dated front-wide estimates, 2022–2025: Ukrainian officials report 20,000–70,000 a day, US and Western officials about 5,000–20,000; none is specific to Pokrovsk.`
  }
};

function renderPanel(panel: ChartPanelProps) {
  const { container } = render(ChartPanel, { props: { panel } });
  const root = container.querySelector<HTMLElement>('[data-chart]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const figureOf = (id: string) => rows.find((r) => r.dataset.figure === id)?.querySelector('.figure')?.textContent;
  return { root, rows, figureOf };
}

describe('ChartPanel', () => {
  it('renders every chart step of the story with its state on the root and its prerendered images', () => {
    expect(chartSteps.map((s) => s.id)).toEqual(Object.keys(GOLDEN));
    for (const { id, panel } of chartSteps) {
      const { root } = renderPanel(panel);
      const golden = GOLDEN[id]!;
      expect(root.dataset.chart).toBe(panel.chart);
      expect(root.dataset.highlight).toBe(panel.highlight);
      expect(root.dataset.showContext).toBe(panel.showContext ? 'true' : 'false');
      // Not live (in-flow copies, print, no JS): a narrow and a wide image, one shown by a container query.
      const images = [...root.querySelectorAll('img')];
      expect(
        images.map((img) => img.getAttribute('src')),
        id
      ).toEqual(golden.files.map((file) => `/charts/${file}`));
      for (const [i, img] of images.entries()) {
        expect(img.alt).toBe(panel.alt);
        expect(root.ownerDocument.getElementById(img.getAttribute('aria-describedby')!)?.textContent, id).toBe(
          golden.desc
        );
        expect(img.getAttribute('height'), id).toBe(golden.heights[i]);
      }
      expect(root.querySelector('svg[role="img"]')).toBeNull();
    }
  });

  it('draws each state as one SVG with its title and description, as tall as its image says', () => {
    for (const { id, panel } of chartSteps) {
      const state = { chart: panel.chart, highlight: panel.highlight, showContext: panel.showContext ?? false };
      const desc = describeChart(state, figures);
      const { container } = render(ChartGraphic, {
        props: { chartState: state, width: 640, uid: 'u', title: panel.alt, desc }
      });
      const svgs = [...container.querySelectorAll('svg[role="img"]')];
      expect(svgs).toHaveLength(1);
      const svg = svgs[0]!;
      expect(svg.querySelector('title')?.textContent).toBe(panel.alt);
      expect(svg.querySelector('desc')?.textContent).toBe(desc);
      expect(desc.length).toBeGreaterThan(40);
      const idRef = (attr: string) => container.ownerDocument.getElementById(svg.getAttribute(attr)!)?.tagName;
      expect([idRef('aria-labelledby'), idRef('aria-describedby')]).toEqual(['title', 'desc']);
      expect(svg.getAttribute('height')).toBe(GOLDEN[id]!.heights[1]);
    }
    const withContext = render(ChartGraphic, {
      props: { chartState: { chart: 'losses', showContext: true }, width: 640, uid: 'c', title: 't', desc: 'd' }
    });
    expect(withContext.container.querySelectorAll('svg[role="img"] path').length).toBeGreaterThanOrEqual(
      figures.losses.context.length
    );
  });

  it('gives every chart step’s table a caption of its own (the handout shows them all at once)', () => {
    const captions = chartSteps.map(({ panel }) => renderPanel(panel).root.querySelector('caption')?.textContent);
    expect(new Set(captions).size).toBe(chartSteps.length);
  });

  it('losses: the table holds the article’s figures, and context only when asked', () => {
    const plain = renderPanel({
      type: 'chart',
      chart: 'losses',
      highlight: 'bakhmut',
      alt: 'Loss chart, Bakhmut highlighted, for the test.'
    });
    expect(plain.figureOf('claim-bakhmut-losses')).toBe('70,000–100,000 or more');
    expect(plain.figureOf('claim-avdiivka-losses')).toBe('~40,000–50,000');
    expect(plain.figureOf('claim-pokrovsk-losses')).toBe('~100,000');
    expect(plain.rows.filter((r) => r.dataset.figure?.startsWith('ctx-'))).toHaveLength(0);
    expect(plain.rows.find((r) => r.dataset.figure === 'claim-bakhmut-losses')!.className).toContain('highlighted');

    const ctx = renderPanel({
      type: 'chart',
      chart: 'losses',
      showContext: true,
      alt: 'Loss chart with context marks, for the test.'
    });
    for (const f of figures.losses.context) expect(ctx.figureOf(f.id), f.id).toBe(formatAmount(f));
  });

  it('per month: derived rows with their formula as the source', () => {
    const { rows, figureOf } = renderPanel({
      type: 'chart',
      chart: 'per-month',
      alt: 'Per-month chart derived from the article, for the test.'
    });
    for (const d of figures.perMonth) expect(figureOf(d.id)).toBe(formatAmount(d));
    expect(rows.find((r) => r.dataset.figure === 'derived-avdiivka-per-month')!.textContent).toContain('÷ 4.3 months');
  });

  it('shells: a table twin with a link to every cited source', () => {
    const { root, figureOf } = renderPanel({
      type: 'chart',
      chart: 'shells',
      showContext: true,
      alt: 'Shells chart with context estimates, for the test.'
    });
    expect(figureOf('claim-pokrovsk-shells')).toBe('over 10,000');
    expect(figureOf('claim-shells-drop')).toBe('dropped (no figure given)');
    const hrefs = [...root.querySelectorAll('tbody a')].map((a) => a.getAttribute('href'));
    for (const f of figures.shells.context) expect(hrefs).toContain(f.citation.url);
  });

  it('durations: dates of each battle, Pokrovsk with two starts and no agreed end', () => {
    const { figureOf } = renderPanel({
      type: 'chart',
      chart: 'durations',
      alt: 'Timeline of the three battles, for the test.'
    });
    expect(figureOf('period-bakhmut')).toBe('1 Aug 2022 – 20 May 2023');
    expect(figureOf('period-pokrovsk')).toBe('17 Feb 2024 or 17 Jul 2024 – open (as of 3 Jul 2026)');
  });
});
