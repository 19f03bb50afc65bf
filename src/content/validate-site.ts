import type { SiteCopy } from './site-schema';
import { StoryValidationError } from './validate';

/**
 * Checks on site.aml that need other content: the Sections menu's conclusion starts at a block of
 * the article, and the explainer was not published after its newest correction. Throws a
 * StoryValidationError naming the field and its line.
 */
export function validateSiteRefs(
  site: Pick<SiteCopy, 'wayfinding' | 'byline'>,
  file: string,
  lines: Record<string, number>,
  refs: { blockIds: readonly string[]; corrections: readonly { date: string }[] }
): void {
  const problems: string[] = [];
  const at = (path: string) => (lines[path] ? ` (line ${lines[path]})` : '');
  const from = site.wayfinding.conclusionFrom;
  if (!refs.blockIds.includes(from))
    problems.push(
      `wayfinding.conclusionFrom${at('wayfinding.conclusionFrom')}: "${from}" is not a block of the article`
    );
  const newest = refs.corrections.reduce<string | null>(
    (max, c) => (max === null || c.date > max ? c.date : max),
    null
  );
  const published = site.byline.publishedDate;
  if (newest && published > newest)
    problems.push(
      `byline.publishedDate${at('byline.publishedDate')}: ${published} is after the newest correction (${newest})`
    );
  if (problems.length) throw new StoryValidationError(file, problems);
}
