// The 1200×630 share image (Open Graph / Twitter card) of the story and of each step, as one
// self-contained SVG: text set in the Noto Sans the site ships (inlined, like the static maps),
// the step's map or chart embedded as a data: image. scripts/share-images.mjs turns each into a
// PNG after the build; social sites do not read SVG.
import { escapeXml } from '../map/scene-svg';
import { PAGE_COLORS } from '../model/palette';
import { textWidth } from '../model/text-metrics';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface ShareCard {
  /** Small line above the title (the site's kicker, or "Step 4 of 24"). */
  kicker: string;
  title: string;
  /** Up to a few lines under the title; cut with an ellipsis where it does not fit. */
  description: string;
  /** Bottom line: who made it. */
  credit: string;
  /** A standalone SVG document (map or chart) shown on the right; none → the text spans the card. */
  graphic?: string;
  /** Noto Sans woff2 files as data: URLs (regular, bold). */
  fonts?: { regular: string; bold: string };
}

const PAD = 60;
const GRAPHIC = { x: 640, y: 60, width: 500, height: 510 };
// Bold Noto Sans runs about 6 % wider than the regular advances text-metrics knows; wrap as if 8 %.
const BOLD = 1.08;

/** Greedy line breaking by measured width; the last line gets an ellipsis if text is left over. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, factor = 1): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, size) * factor <= maxWidth;
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (fits(next) || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  if (i < words.length) {
    let last = lines.pop() ?? '';
    while (last && !fits(`${last}…`)) last = last.replace(/\s*\S+$/, '');
    lines.push(`${last}…`);
  }
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
  return `<text font-size="${size}" ${attrs}>${spans}</text>`;
}

function dataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

export function shareCardSvg(card: ShareCard): string {
  const c = PAGE_COLORS.light;
  const textWidthMax = (card.graphic ? GRAPHIC.x - PAD : SHARE_WIDTH) - 2 * PAD + (card.graphic ? PAD / 2 : 0);
  // The largest size at which the whole title fits: a claim is never cut inside a sentence (its
  // modality is in its words). A claim too long for the card keeps its leading whole sentences, marked […].
  const titleArea = 300;
  const sizes = card.graphic ? [44, 40, 36, 32, 29, 26, 23] : [56, 48, 42, 36, 30];
  const fit = (title: string) =>
    sizes
      .map((size) => ({ size, lh: Math.round(size * 1.18) }))
      .map((f) => ({ ...f, lines: wrapText(title, f.size, textWidthMax, Math.floor(titleArea / f.lh), BOLD) }))
      .find((f) => !f.lines.at(-1)?.endsWith('…'));
  const sentences = card.title.split(/(?<=[.!?])\s+(?=[A-Z“"])/);
  let fitted = fit(card.title);
  for (let keep = sentences.length - 1; !fitted && keep > 0; keep--)
    fitted = fit(`${sentences.slice(0, keep).join(' ')} […]`);
  if (!fitted) throw new Error(`share card: not even the first sentence fits at ${sizes.at(-1)} px: “${card.title}”`);
  const { size: titleSize, lh: titleLh, lines: titleLines } = fitted;
  const titleTop = PAD + 70;
  const descTop = titleTop + titleLines.length * titleLh + 22;
  const descSize = 25;
  const descLh = 36;
  const room = Math.floor((SHARE_HEIGHT - PAD - 60 - descTop) / descLh);
  const descLines = room > 0 ? wrapText(card.description, descSize, textWidthMax, room) : [];
  const fonts = card.fonts
    ? `<style>@font-face{font-family:'Share Sans';font-weight:400;src:url(${card.fonts.regular}) format('woff2')}@font-face{font-family:'Share Sans';font-weight:700;src:url(${card.fonts.bold}) format('woff2')}</style>`
    : '';
  const family = `font-family="'Share Sans', 'Noto Sans', sans-serif"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">`,
    fonts,
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${c.bg}"/>`,
    `<rect x="0" y="0" width="12" height="${SHARE_HEIGHT}" fill="${c.russia}"/>`,
    textBlock(
      [card.kicker.toUpperCase()],
      PAD,
      PAD + 18,
      20,
      24,
      `${family} font-weight="700" letter-spacing="1.5" fill="${c.russia}"`
    ),
    textBlock(
      titleLines,
      PAD,
      titleTop + titleSize * 0.8,
      titleSize,
      titleLh,
      `${family} font-weight="700" fill="${c.text}"`
    ),
    textBlock(descLines, PAD, descTop + descSize, descSize, descLh, `${family} fill="${c.text}"`),
    `<line x1="${PAD}" x2="${SHARE_WIDTH - PAD}" y1="${SHARE_HEIGHT - PAD - 30}" y2="${SHARE_HEIGHT - PAD - 30}" stroke="${c.rule}" stroke-width="2"/>`,
    textBlock([card.credit], PAD, SHARE_HEIGHT - PAD + 4, 20, 24, `${family} fill="${c.muted}"`),
    card.graphic
      ? `<rect x="${GRAPHIC.x - 1}" y="${GRAPHIC.y - 1}" width="${GRAPHIC.width + 2}" height="${GRAPHIC.height - 40}" fill="${c.surface}" stroke="${c.rule}" stroke-width="2"/>` +
        `<image x="${GRAPHIC.x}" y="${GRAPHIC.y}" width="${GRAPHIC.width}" height="${GRAPHIC.height - 42}" preserveAspectRatio="xMidYMid meet" href="${dataUrl(card.graphic)}"/>`
      : '',
    '</svg>'
  ].join('');
}
