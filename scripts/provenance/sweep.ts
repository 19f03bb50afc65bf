import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import articleJson from '../../data/processed/article.json' with { type: 'json' };
import mapFacts from '../../data/processed/map-facts.json' with { type: 'json' };
import mapStatic from '../../data/processed/map-static.json' with { type: 'json' };
import { readDocument } from '../../src/content/documents';
import type { ContextNote } from '../../src/content/schema';
import type { Figure } from '../../data/figures/figure-schema';
import { loadFigures } from '../../src/lib/model/load-figures';
import { htmlToText, sourceFromText, untraced, type MapNumbers, type Miss, type TraceSource } from './numbers';

// The sources a built page's numbers may trace to, and the sweep over build/. Context notes count
// as sources because each is dated and cited (src/content/validate.ts requires it, and
// src/content/citations.spec.ts checks the citations against the fact base).

function figureSource(f: Figure): TraceSource {
  const where = `data/figures ${f.id}`;
  const fromFields = [f.low, f.high].filter((v): v is number => v !== undefined);
  const fromNote = sourceFromText(where, f.scopeNote).values;
  const fromFormula = f.kind === 'derived' ? sourceFromText(where, f.formula).values : [];
  return {
    name: `${where} (${f.kind})`,
    values: [...fromFields, ...fromNote, ...fromFormula],
    rounded: f.kind === 'derived'
  };
}

/** The context notes as the build reads them (Playwright has no Vite, so no `.aml` imports). */
function contextNotes(): ContextNote[] {
  const file = 'src/content/context.aml';
  return (readDocument(file, readFileSync(file, 'utf8')).data as { notes: ContextNote[] }).notes;
}

export function traceSources(): TraceSource[] {
  const article = articleJson as { blocks: { id: string; text: string }[] };
  const figures = loadFigures();
  return [
    ...article.blocks.map((b) => sourceFromText(`article ${b.id}`, b.text)),
    ...figures.all.map(figureSource),
    ...contextNotes().map((n) => sourceFromText(`context note ${n.id}`, n.text))
  ];
}

export const mapNumbers: MapNumbers = {
  distances: new Set(Object.values(mapFacts.distances).map((d) => d.km)),
  precisions: new Set(mapStatic.places.features.map((f) => f.properties.precision_km))
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []
  );
}

/** Every prerendered page in `buildDir`, as its route ("/", "/embed/chart/shells/"). */
export function builtPages(buildDir: string): { route: string; html: string }[] {
  return htmlFiles(buildDir).map((file) => ({
    route: `/${relative(buildDir, file)
      .replace(/index\.html$/, '')
      .replace(/\.html$/, '')}`,
    html: readFileSync(file, 'utf8')
  }));
}

export function sweep(pages: { route: string; html: string }[], sources = traceSources()): Miss[] {
  return pages.flatMap((p) => untraced(p.route, htmlToText(p.html), sources, mapNumbers));
}
