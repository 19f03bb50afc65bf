import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyInput } from '$content/story';
import { chartFile, STATIC_CHART_WIDTHS } from '../model/chart-file';
import { renderChartFile } from './render-chart-file';

// Golden files, as Observable Plot's test/output: every chart state of the story, rendered the way
// the build renders its image, must equal its reviewed copy in tests/golden/charts. A change to a
// chart shows up as a diff of those files in review. After a deliberate change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run src/lib/charts/chart-golden.spec.ts
// and look at the changed images before committing them.

const DIR = join(process.cwd(), 'tests/golden/charts');
const update = !!process.env.UPDATE_GOLDEN;
const files = [
  ...new Set(
    storyInput.steps.flatMap((s) =>
      s.panel.type === 'chart' ? STATIC_CHART_WIDTHS.map(({ width }) => chartFile(s.panel as never, width)) : []
    )
  )
].sort();

describe('chart images match their golden files', () => {
  if (update) mkdirSync(DIR, { recursive: true });
  it.each(files)('%s', (file) => {
    const svg = renderChartFile(file)!;
    expect(svg).toMatch(/^<svg /);
    const path = join(DIR, file);
    if (update) writeFileSync(path, svg);
    expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(svg, `${file} differs from tests/golden/charts/${file}`).toBe(readFileSync(path, 'utf8'));
  });

  it('keeps no golden file for a state the story no longer shows', () => {
    if (update) for (const f of readdirSync(DIR)) if (!files.includes(f)) writeFileSync(join(DIR, f), '');
    expect(readdirSync(DIR).filter((f) => !files.includes(f))).toEqual([]);
  });
});
