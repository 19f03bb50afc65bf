import { CITATION_LABELS } from '$content/citation-labels';
import type { TitleKind } from '$content/schema';

export interface CitationTitle {
  text: string;
  /** Only a headline the fact base gives is set in quotation marks. */
  quoted: boolean;
  /** "our description" / "our translation", shown after the title. */
  note?: string;
}

/** How to show a citation's title: a headline in quotes, anything else marked as ours. */
export function citationTitle(c: { title: string; titleKind?: TitleKind; translated?: boolean }): CitationTitle {
  if (c.titleKind !== 'headline') return { text: c.title, quoted: false, note: CITATION_LABELS.ourDescription };
  return { text: c.title, quoted: true, ...(c.translated ? { note: CITATION_LABELS.ourTranslation } : {}) };
}
