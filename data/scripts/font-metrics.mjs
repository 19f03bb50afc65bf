// Writes src/lib/model/font-metrics.json: the advance widths of the label font the site ships
// (Noto Sans 400, the @fontsource latin + cyrillic subsets the GL map and the pages load), so
// the label plan measures text as the browser will draw it, not by counting characters.
// Reads the WOFF 1 copies (zlib tables; node has zlib, no font library needed). No network.
// Usage: node data/scripts/font-metrics.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const FILES = ['latin', 'cyrillic'].map((s) =>
  here(`../../node_modules/@fontsource/noto-sans/files/noto-sans-${s}-400-normal.woff`)
);
const OUT = here('../../src/lib/model/font-metrics.json');

/** The font's tables, decompressed, by tag. */
function woffTables(buf) {
  if (buf.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 file');
  const n = buf.readUInt16BE(12);
  const tables = {};
  for (let i = 0; i < n; i++) {
    const o = 44 + i * 20;
    const tag = buf.toString('latin1', o, o + 4);
    const offset = buf.readUInt32BE(o + 4);
    const compLength = buf.readUInt32BE(o + 8);
    const origLength = buf.readUInt32BE(o + 12);
    const raw = buf.subarray(offset, offset + compLength);
    tables[tag] = compLength < origLength ? inflateSync(raw) : raw;
  }
  return tables;
}

/** codepoint → glyph id from the cmap's Unicode subtable (format 4 or 12). */
function cmap(t) {
  const map = new Map();
  const count = t.readUInt16BE(2);
  const subtables = [];
  for (let i = 0; i < count; i++) {
    const platform = t.readUInt16BE(4 + i * 8);
    const encoding = t.readUInt16BE(6 + i * 8);
    const offset = t.readUInt32BE(8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push(offset);
  }
  for (const off of subtables) {
    const format = t.readUInt16BE(off);
    if (format === 4) {
      const segX2 = t.readUInt16BE(off + 6);
      const ends = off + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = t.readUInt16BE(ends + s * 2);
        const start = t.readUInt16BE(starts + s * 2);
        const delta = t.readInt16BE(deltas + s * 2);
        const rangeOffset = t.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g;
          if (rangeOffset === 0) g = (c + delta) & 0xffff;
          else {
            const at = ranges + s * 2 + rangeOffset + (c - start) * 2;
            g = t.readUInt16BE(at);
            if (g !== 0) g = (g + delta) & 0xffff;
          }
          if (g !== 0) map.set(c, g);
        }
      }
    } else if (format === 12) {
      const groups = t.readUInt32BE(off + 12);
      for (let i = 0; i < groups; i++) {
        const o = off + 16 + i * 12;
        const start = t.readUInt32BE(o);
        const end = t.readUInt32BE(o + 4);
        const g0 = t.readUInt32BE(o + 8);
        for (let c = start; c <= end; c++) map.set(c, g0 + c - start);
      }
    }
  }
  return map;
}

const advances = {};
let unitsPerEm, ascender, descender;
for (const file of FILES) {
  const t = woffTables(readFileSync(file));
  unitsPerEm = t.head.readUInt16BE(18);
  ascender = t.hhea.readInt16BE(4);
  descender = t.hhea.readInt16BE(6);
  const nMetrics = t.hhea.readUInt16BE(34);
  const advance = (g) => t.hmtx.readUInt16BE(Math.min(g, nMetrics - 1) * 4);
  for (const [c, g] of cmap(t.cmap)) advances[c] ??= advance(g);
}
const table = {
  _generated:
    'by data/scripts/font-metrics.mjs from @fontsource/noto-sans 400 (latin, cyrillic) WOFF files; do not edit',
  font: 'Noto Sans Regular',
  unitsPerEm,
  ascender,
  descender,
  /** Advance width in font units, by code point (decimal keys). */
  advances: Object.fromEntries(Object.entries(advances).sort((a, b) => Number(a[0]) - Number(b[0])))
};
writeFileSync(OUT, JSON.stringify(table) + '\n');
console.log(
  `${OUT}: ${Object.keys(advances).length} code points, ${unitsPerEm} units/em, ascender ${ascender}, descender ${descender}`
);
