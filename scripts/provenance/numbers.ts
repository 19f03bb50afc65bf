// Number provenance: every figure a reader sees on a built page must trace to a source we hold —
// the article's text, a figure record (claim with its paragraph, context with its citation, derived
// with its formula), a context note (dated and cited) — or be a non-claim on a short allow-list
// (dates, ¶ and step numbers, map distances computed into map-facts.json, layout widths).
// tests/e2e/provenance.e2e.ts runs it over build/; numbers.spec.ts tests the pieces.

/** A small HTML-to-text: drops scripts, styles and comments, keeps alt/aria-label/title text a
 * reader (or a screen reader) meets, and splits block elements so words do not run together. */
export function htmlToText(html: string): string {
  const attrs: string[] = [];
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Code on the embed-code page is markup to copy, not prose; its numbers are layout.
    .replace(/<(script|style|template|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<head\b[\s\S]*?<\/head>/i, (head) => {
      const title = /<title>([\s\S]*?)<\/title>/i.exec(head)?.[1];
      return title ? ` ${title} \n` : ' ';
    })
    .replace(/<[a-z][^>]*>/gi, (tag) => {
      for (const m of tag.matchAll(/\s(?:alt|aria-label|title)="([^"]*)"/gi)) attrs.push(m[1]!);
      return /^<(p|div|li|h\d|tr|td|th|figcaption|caption|section|article|br|dt|dd|text|title|desc)\b/i.test(tag)
        ? '\n'
        : ' ';
    })
    .replace(/<\/[a-z][^>]*>/gi, (tag) =>
      /^<\/(p|div|li|h\d|tr|td|th|figcaption|caption|section|text|title|desc)\b/i.test(tag) ? '\n' : ''
    );
  return (
    decodeEntities([body, ...attrs].join('\n'))
      // A printed web address (the handout spells sources out) is an identifier, not a figure.
      .replace(/\bhttps?:\/\/[^\s<>]+/g, ' ')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n[\s]*/g, '\n')
      .trim()
  );
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    thinsp: '\u2009'
  };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return named[e.toLowerCase()] ?? all;
  });
}

export interface NumberToken {
  raw: string;
  /** One value, or a range's two ends, in units (k and thousand multiplied out). */
  values: number[];
  percent: boolean;
  /** Followed by "km". */
  km: boolean;
  /** Followed by "px". */
  px: boolean;
  /** Offset in the text, for the words around it. */
  index: number;
}

const NUM = String.raw`\d{1,3}(?:[,\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULT = String.raw`\s?(?:k\b|thousand\b|million\b)`;
const TOKEN = new RegExp(
  String.raw`(?<![\w.,/#-])(${NUM})(${MULT})?(?:(?:\s?[–—]\s?| - )(${NUM})(${MULT})?)?(\s?%)?(\s?km\b)?(\s?px\b)?`,
  'gi'
);

const toNumber = (s: string) => Number(s.replace(/[,\u202f\u2009]/g, ''));
const factor = (m: string | undefined) => (!m ? 1 : /k|thousand/i.test(m) ? 1000 : 1_000_000);

/** Every number in the text; `figuresOnly` keeps the ones the check is about. */
export function extractNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [raw, a, ma, b, mb, pct, km, px] = m;
    // "70–100 thousand": the multiplier after the range applies to both ends.
    const fb = factor(mb);
    const fa = ma ? factor(ma) : b ? fb : 1;
    const values = b ? [toNumber(a!) * fa, toNumber(b) * fb] : [toNumber(a!) * fa];
    out.push({ raw: raw.trim(), values, percent: !!pct, km: !!km, px: !!px, index: m.index });
  }
  return out;
}

/** The figures a reader weighs: with separators, k/thousand, %, ranges, or 1,000 and over. */
export function isFigure(t: NumberToken): boolean {
  return (
    /[,\u202f\u2009]\d{3}/.test(t.raw) ||
    /k\b|thousand|million/i.test(t.raw) ||
    t.percent ||
    t.values.length === 2 ||
    t.values[0]! >= 1000
  );
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/** Why a token is not a claim, or null. `text` is the whole page text (for the words around it). */
export interface MapNumbers {
  /** Distances computed by the geo script (data/processed/map-facts.json). */
  distances: ReadonlySet<number>;
  /** Position tolerances of the drawn places (precision_km in data/raw/geo/places.geojson). */
  precisions: ReadonlySet<number>;
}

export function nonClaim(t: NumberToken, text: string, map: MapNumbers): string | null {
  const before = text.slice(Math.max(0, t.index - 12), t.index);
  const after = text.slice(t.index + t.raw.length, t.index + t.raw.length + 12);
  const isYear = (v: number) => Number.isInteger(v) && v >= 1990 && v <= 2035;
  if (!t.percent && !t.km && !/k\b|thousand|million|,/i.test(t.raw) && t.values.every(isYear)) return 'a year';
  if (new RegExp(String.raw`^\s?${MONTH}\b`).test(after) || new RegExp(String.raw`${MONTH}\s?$`).test(before))
    return 'a date';
  if (/^-\d{2}(-\d{2})?/.test(after) || /\d{4}-$/.test(before)) return 'an ISO date';
  if (/(¶|Step|step|steps|paragraphs?|p)\s?$/.test(before)) return 'a paragraph or step number';
  if (/\bof\s?$/.test(before) && /^\s?(steps|paragraphs)/.test(after)) return 'a step count';
  if (t.km && t.values.every((v) => [...map.distances].some((d) => Math.round(d) === v || Math.abs(d - v) < 0.051)))
    return 'a map distance from map-facts.json';
  if (t.km && /±\s?$/.test(before) && t.values.every((v) => map.precisions.has(v)))
    return 'a stated position tolerance (places.geojson)';
  if (t.px) return 'a layout width';
  return null;
}

export interface TraceSource {
  /** "article p4", "data/figures/losses.ts ctx-bakhmut-kirby", "context note shells". */
  name: string;
  values: number[];
  /** Derived values may be shown rounded. */
  rounded?: boolean;
}

/** Sources whose numbers a page may show: the numbers in a text (article block, note) or a record's fields. */
export function sourceFromText(name: string, text: string): TraceSource {
  return { name, values: extractNumbers(text).flatMap((t) => t.values) };
}

const trailingZeros = (n: number) => {
  let z = 0;
  while (n !== 0 && n % 10 ** (z + 1) === 0) z++;
  return z;
};

/** Whether a source holds the value: exactly, or at the shown precision when the source is derived (rounded). */
function holds(s: TraceSource, v: number): boolean {
  return s.values.some(
    (x) => x === v || (!!s.rounded && v >= 100 && Math.abs(x - v) <= 0.5 * 10 ** Math.max(1, trailingZeros(v)))
  );
}

/** The first source that holds every value (a range's two ends together), or null. */
export function traceValues(values: readonly number[], sources: readonly TraceSource[]): TraceSource | null {
  return sources.find((s) => values.every((v) => holds(s, v))) ?? null;
}

export interface Miss {
  page: string;
  number: string;
  words: string;
}

/** Every figure on one page that neither traces to a source nor is a non-claim. */
export function untraced(page: string, text: string, sources: readonly TraceSource[], map: MapNumbers): Miss[] {
  return extractNumbers(text)
    .filter(isFigure)
    .filter((t) => nonClaim(t, text, map) === null)
    .filter((t) => traceValues(t.values, sources) === null)
    .map((t) => ({
      page,
      number: t.raw,
      words: text.slice(Math.max(0, t.index - 60), t.index + t.raw.length + 60).replace(/\s+/g, ' ')
    }));
}
