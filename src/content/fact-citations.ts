// What the fact base (data/raw/facts/*.md) says about each page it cites: the page's publication
// date and whether it gives the page's headline. Citations in the project must agree with it
// (src/content/citations.spec.ts). The fact base writes a source as
//   "Headline" / Publisher / 2025-12-02 / https://…
//   Publisher / 2025-12-09 / https://…                      (no headline given)
//   [description] Our words / Publisher / 2026-02-26 / https://…
//   "Original" [translated: "English"] / Publisher / date / https://…
//   [title from URL slug, translated] "English" / Publisher / date / https://…
// A URL not in that shape (a bare link in a note, "mirror https://…") gives no date and no headline.

export type TitleKind = 'headline' | 'description';

export interface FactEntry {
  url: string;
  /** The date field as written ("2025-12-02", "~2023-05-22", "undated", "stored copy"); null for a bare link. */
  date: string | null;
  titleKind: TitleKind;
  /** The headline (English, when the fact base translates it) or null. */
  headline: string | null;
  translated: boolean;
  /** Where it was read: "FACTS.md:43". */
  where: string;
}

const URL_RE = /https?:\/\/[^\s|<>"]+/g;
const QUOTED = /[“"]([^”"]+)[”"]/;

/** Drop trailing punctuation that belongs to the sentence, keeping a ")" the URL itself opened. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last && '.,;:'.includes(last)) url = url.slice(0, -1);
    else if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
    else return url;
  }
}

/** Index of the last "(" between from and to that is not closed before to; -1 if none. */
function openParen(line: string, from: number, to: number): number {
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    if (line[i] === '(') open.push(i);
    else if (line[i] === ')') open.pop();
  }
  return open.at(-1) ?? -1;
}

/** A date field: an ISO date, "~…", "undated", "stored copy", "late 2025", "date not shown …". */
const DATE_FIELD = /\d{4}|^~|^undated|^stored copy|^date not shown|^(late|early|mid)\b/i;

function parseEntry(before: string): Pick<FactEntry, 'date' | 'titleKind' | 'headline' | 'translated'> {
  const bare = { date: null as string | null, titleKind: 'description' as const, headline: null, translated: false };
  if (!/\/\s*$/.test(before)) return bare;
  const parts = before
    .replace(/\/\s*$/, '')
    .split(' / ')
    .map((s) => s.trim());
  if (parts.length < 2) return bare;
  // "Title" / Publisher / URL: no date field.
  if (!DATE_FIELD.test(parts.at(-1)!)) parts.push('');
  const date = parts.at(-1) || null;
  // Everything before the publisher is the title field; a headline may also sit inside the
  // publisher field between commas ("NYT, "Headline", re-published by McCourier").
  const titleField = parts.slice(0, -2).join(' / ');
  const inPublisher = /,\s*([“"][^”"]+[”"])\s*(?:,|$)/.exec(parts.at(-2) ?? '')?.[1];
  const field = titleField || inPublisher || '';
  const translatedMatch = /\[(?:title from URL slug, )?translated(?::\s*[“"]([^”"]+)[”"])?\]/.exec(field);
  if (translatedMatch) {
    const english =
      translatedMatch[1] ?? QUOTED.exec(field.slice(translatedMatch.index + translatedMatch[0].length))?.[1];
    return { date, titleKind: 'headline', headline: english ?? null, translated: true };
  }
  if (/^\[description\]/.test(field) || /\[title from URL slug\]/.test(field)) return { ...bare, date };
  const quoted = QUOTED.exec(field);
  if (quoted) return { date, titleKind: 'headline', headline: quoted[1]!.trim(), translated: false };
  return { ...bare, date };
}

/** Every cited URL in one fact-base file, with what its entry says. CSV code blocks are skipped:
 * their `date` is when an estimate was reported, not when the page was published. */
export function parseFactBase(text: string, file: string): FactEntry[] {
  const out: FactEntry[] = [];
  let inCode = false;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('```')) inCode = !inCode;
    if (inCode) return;
    let segmentStart = 0;
    for (const m of line.matchAll(URL_RE)) {
      const url = trimUrl(m[0]);
      const cellStart = line.lastIndexOf('|', m.index) + 1;
      // An entry starts after the previous URL, the cell's start, or a still-open "(", whichever is last.
      const start = Math.max(segmentStart, cellStart, openParen(line, cellStart, m.index) + 1);
      const before = line
        .slice(start, m.index)
        .replace(/^[\s;,]+/, '')
        .replace(/^(?:and|also|see)\s+/i, '');
      segmentStart = m.index + url.length;
      out.push({ url, ...parseEntry(before), where: `${file}:${i + 1}` });
    }
  });
  return out;
}

/** The ISO part of a date as written ("~2025-11-09 (approx.)" → "2025-11-09"), or null if there is none. */
export function isoCore(date: string): string | null {
  return /\b(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b/.exec(date)?.[1] ?? null;
}

/** "~2025-10-27", "2025-11-09 (approx.)", "about …": the day is an estimate. */
export function isApproximate(date: string): boolean {
  return /^~|approx|\babout\b|\best\b|inferred/i.test(date);
}

/** Words that say the page shows no date. */
export function isUndated(date: string): boolean {
  return isoCore(date) === null || /^(undated|stored copy|date not shown)/i.test(date.trim());
}

/** Fold typographic quotes, dashes, case and spacing so a headline typed with “” matches one with "". */
export function foldTitle(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface CitationLike {
  title: string;
  date: string;
  url: string;
  titleKind?: TitleKind;
  translated?: boolean;
}

/** What is wrong with one citation against the fact base's entries for its URL (empty = fine). */
export function citationProblems(c: CitationLike, entries: readonly FactEntry[]): string[] {
  const problems: string[] = [];
  const dated = entries.filter((e) => e.date !== null);
  const kind = c.titleKind ?? 'description';
  if (dated.length > 0) {
    const undatedInBase = dated.every((e) => isUndated(e.date!));
    if (undatedInBase) {
      if (!isUndated(c.date))
        problems.push(`date "${c.date}": the fact base gives no date ("${dated[0]!.date}", ${dated[0]!.where})`);
    } else {
      const fits = dated.some(
        (e) =>
          !isUndated(e.date!) &&
          isoCore(e.date!) === isoCore(c.date) &&
          (!isApproximate(e.date!) || isApproximate(c.date))
      );
      if (!fits)
        problems.push(
          `date "${c.date}": the fact base gives ${dated.map((e) => `"${e.date}" (${e.where})`).join(', ')}`
        );
    }
  }
  const headlines = entries.filter((e) => e.titleKind === 'headline');
  if (headlines.length === 0) {
    if (kind === 'headline')
      problems.push(
        `title kind "headline": the fact base gives no headline (${entries[0]!.where}); mark it as our description`
      );
  } else if (kind === 'description') {
    problems.push(
      `title kind "description": the fact base gives the headline "${headlines[0]!.headline}" (${headlines[0]!.where})`
    );
  } else if (!c.translated) {
    // The fact base may shorten a headline with "…"; each remaining fragment must appear, in order.
    const match = headlines.find((e) => !e.headline || fragmentsInOrder(foldTitle(c.title), foldTitle(e.headline)));
    if (!match)
      problems.push(
        `title "${c.title}" is not the fact base's headline "${headlines[0]!.headline}" (${headlines[0]!.where})`
      );
    else if (match.translated) problems.push(`the headline is our translation (${match.where}): set translated`);
  }
  // A translated citation is our English for the headline the fact base gives (in the original or
  // already translated): its words cannot be compared, only its kind.
  return problems;
}

function fragmentsInOrder(title: string, headline: string): boolean {
  let from = 0;
  for (const part of headline
    .split('...')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = title.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** URL → entries, over several files. */
export function indexFactBase(files: readonly { name: string; text: string }[]): Map<string, FactEntry[]> {
  const index = new Map<string, FactEntry[]>();
  for (const { name, text } of files)
    for (const e of parseFactBase(text, name)) index.set(e.url, [...(index.get(e.url) ?? []), e]);
  return index;
}
