// Plain JS (typed by JSDoc) so that vite.config.ts can load it through scripts/vite-plugin-aml.js
// without bundling TypeScript from src/ into the config.
import archieml from 'archieml';

/**
 * ArchieML documents (src/content/*.aml) are where editors change copy. archieml gives no line
 * numbers, so errors would only name a field; lineMap recovers them by parsing ever-longer
 * prefixes of the source and noting the line on which each path first appears. That uses
 * archieml's own rules (new array item on a repeated first key, nested [.arrays], :end), so it
 * cannot disagree with the parser the way a hand-written scanner could.
 */

/** @typedef {string | number} Segment */
/** @typedef {(path: readonly Segment[]) => number | undefined} Locate */

/**
 * "notes[3].sources[0].url" — the same spelling the validators print.
 * @param {readonly Segment[]} path
 */
export function pathKey(path) {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

/** @param {string} source @returns {Record<string, unknown>} */
export function parseAml(source) {
  return archieml.load(source);
}

/** @param {unknown} value @param {Segment[]} path @param {Set<string>} out */
function collect(value, path, out) {
  if (path.length) out.add(pathKey(path));
  if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], out);
  }
}

/**
 * Path → 1-based line where it starts, for every key, array item and nested record.
 * @param {string} source
 * @returns {Record<string, number>}
 */
export function lineMap(source) {
  const lines = source.split('\n');
  /** @type {Record<string, number>} */
  const map = {};
  for (let n = 1; n <= lines.length; n++) {
    /** @type {Set<string>} */
    const paths = new Set();
    collect(archieml.load(lines.slice(0, n).join('\n')), [], paths);
    for (const key of paths) map[key] ??= n;
  }
  return map;
}

/**
 * The line of `path`, else of its nearest ancestor that exists (a missing field → its record).
 * @param {Record<string, number>} map
 * @param {readonly Segment[]} path
 */
export function lineOf(map, path) {
  for (let end = path.length; end > 0; end--) {
    const line = map[pathKey(path.slice(0, end))];
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * Finds lines for paths inside one part of a document (e.g. the `notes` array).
 * @param {Record<string, number>} map
 * @param {readonly Segment[]} [prefix]
 * @returns {Locate}
 */
export function locator(map, prefix = []) {
  return (path) => lineOf(map, [...prefix, ...path]);
}
