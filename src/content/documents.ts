import { lineMap, locator, parseAml } from './aml';
import { CorrectionsSchema } from './corrections-schema';
import { SiteCopySchema } from './site-schema';
import { parseOrThrow, StoryValidationError, validateContextNotes } from './validate';
import { parseTeaching } from './validate-teaching';
import { parseWorksheet } from './validate-worksheet';

/**
 * How each editable document (src/content/*.aml) is checked: by its valibot schema, so a mistake
 * fails the build with the file, the line and the field. The Vite plugin
 * (scripts/vite-plugin-aml.js) parses the documents and gives pages only their JSON; load.ts runs
 * these checks at prerender, as it does the story's, so neither archieml nor the schemas reach
 * the page. Checks that need other content (paragraph IDs, sections) follow in load.ts and
 * load-classroom.ts with the same line map.
 */
const readers: Record<string, (raw: Record<string, unknown>, file: string, lines: Record<string, number>) => unknown> =
  {
    'context.aml': (raw, file, lines) => ({ notes: validateContextNotes(raw.notes, file, locator(lines, ['notes'])) }),
    'teaching.aml': (raw, file, lines) => ({ notes: parseTeaching(raw.notes, file, locator(lines, ['notes'])) }),
    'site.aml': (raw, file, lines) => parseOrThrow(SiteCopySchema, raw, file, 'item', locator(lines)),
    'corrections.aml': (raw, file, lines) => parseOrThrow(CorrectionsSchema, raw, file, 'correction', locator(lines)),
    'worksheet.aml': (raw, file, lines) => parseWorksheet(raw, file, locator(lines))
  };

export interface ReadDocument {
  data: unknown;
  /** Path ("notes[3].sources[0].url") → line, for errors found later against other content. */
  lines: Record<string, number>;
}

/**
 * Checks one parsed document; returns its validated data. `file` is the path shown in errors,
 * relative to the repo root ("src/content/site.aml"); its name picks the schema.
 */
export function validateDocument(file: string, raw: unknown, lines: Record<string, number>): unknown {
  const name = file.split('/').pop() ?? file;
  const read = readers[name];
  if (!read)
    throw new StoryValidationError(file, [`no schema for this document (known: ${Object.keys(readers).join(', ')})`]);
  return read((raw ?? {}) as Record<string, unknown>, file, lines);
}

/** Parses and checks a document from its text (tests, and Playwright, which has no Vite). */
export function readDocument(file: string, source: string): ReadDocument {
  const lines = lineMap(source);
  return { data: validateDocument(file, parseAml(source), lines), lines };
}
