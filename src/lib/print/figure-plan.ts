import type { Panel, Step } from '$content/schema';

/**
 * What the handout prints in a step's panel place. Each chart and each map picture is printed
 * once, as a numbered figure, where the story introduces it; later steps that show it again (with
 * another bar highlighted, say) refer back to it. Quote panels repeat paragraphs the handout
 * prints in full, and the title panel repeats its header, so neither is printed.
 */
export type FigureSlot = { kind: 'figure'; n: number } | { kind: 'see'; n: number; step: number } | { kind: 'none' };

/** Two panels are the same figure when they draw the same chart, or the same map with the same layers. */
export function figureKey(panel: Panel): string | undefined {
  if (panel.type === 'chart') return `chart:${panel.chart}`;
  if (panel.type === 'map') return `map:${panel.preset}:${panel.layers.join(',')}`;
  return undefined;
}

/** One slot per step, in story order; `step` in a reference is the zero-based index of the step that prints the figure. */
export function planFigures(steps: readonly Pick<Step, 'panel'>[]): FigureSlot[] {
  const first = new Map<string, { n: number; step: number }>();
  return steps.map(({ panel }, index) => {
    const key = figureKey(panel);
    if (!key) return { kind: 'none' };
    const seen = first.get(key);
    if (seen) return { kind: 'see', ...seen };
    const n = first.size + 1;
    first.set(key, { n, step: index });
    return { kind: 'figure', n };
  });
}

/**
 * The context notes each step prints: a note several steps cite is printed in full at the first
 * and referred back to after (`seeStep`, zero-based), as figures are.
 */
export function planContext(steps: readonly Pick<Step, 'context'>[]): { id: string; seeStep?: number }[][] {
  const first = new Map<string, number>();
  return steps.map(({ context }, index) =>
    (context ?? []).map((id) => {
      const seen = first.get(id);
      if (seen !== undefined) return { id, seeStep: seen };
      first.set(id, index);
      return { id };
    })
  );
}
