// Segments the scraped op-ed into typed blocks with stable IDs.
// Pure: takes the raw text, returns blocks; segment-article.mjs does the file I/O.

/** Lines of page chrome that precede or interleave with the article body in the scrape. */
const LEADING_CHROME = new Set(['Menu', 'By']);
/** The first line after the article body: everything from here on is page chrome. */
const BODY_END_MARKER = 'Similar articles';
const BULLET = '•';

/**
 * A heading is a line in title case without a final full stop: most words of four or more
 * letters are capitalised (short function words like "from" or "but" may stay lower case).
 * @param {string} line
 */
export function isHeading(line) {
  if (/[.:;]$/.test(line)) return false;
  const words = line
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => word.length >= 4);
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/**
 * @typedef {'title' | 'caption' | 'dek' | 'paragraph' | 'heading' | 'list-item' | 'byline'} BlockType
 * @typedef {{ id: string, type: BlockType, text: string, number?: number }} Block
 */

/**
 * @param {string} raw the scraped page, as captured
 * @returns {Block[]}
 */
export function segmentArticle(raw) {
  const lines = raw.split(/\r?\n/).map((line) => line.trim());
  const end = lines.indexOf(BODY_END_MARKER);
  if (end < 0) throw new Error(`segment: end marker "${BODY_END_MARKER}" not found`);
  const bodyLines = lines.slice(0, end).filter((line) => line !== '' && !LEADING_CHROME.has(line));

  // The photo caption is repeated in the scrape; keep its first occurrence.
  const seen = new Set();
  const unique = bodyLines.filter((line) => {
    if (!line.startsWith('Photo:')) return true;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });

  const [title, ...rest] = unique;
  if (!title) throw new Error('segment: empty article');
  const byline = rest.pop();
  if (!byline) throw new Error('segment: no byline');

  /** @type {Block[]} */
  const blocks = [{ id: 'title', type: 'title', text: title }];
  const counters = { paragraph: 0, heading: 0, 'list-item': 0 };
  /** @param {'paragraph' | 'heading' | 'list-item'} type @param {string} prefix @param {string} text */
  const push = (type, prefix, text) => {
    counters[type] += 1;
    blocks.push({ id: `${prefix}${counters[type]}`, type, text, number: counters[type] });
  };

  let sawDek = false;
  for (const line of rest) {
    if (line.startsWith('Photo:')) blocks.push({ id: 'caption', type: 'caption', text: line });
    else if (!sawDek) {
      // The dek is the first line after the caption: the article's standfirst.
      blocks.push({ id: 'dek', type: 'dek', text: line });
      sawDek = true;
    } else if (line.startsWith(BULLET)) push('list-item', 'li', line.slice(BULLET.length).trim());
    else if (isHeading(line)) push('heading', 'h', line);
    else push('paragraph', 'p', line);
  }
  blocks.push({ id: 'byline', type: 'byline', text: byline });
  return blocks;
}
