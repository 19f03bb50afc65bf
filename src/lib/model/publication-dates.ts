// The "Published … · Updated …" line shown under the headline, on embeds, in presenter mode and on
// the handout. "Updated" is the newest corrections.aml entry, so the line and the log cannot
// disagree; the op-ed's own date is copy (site.aml `dates`), because its page shows none.

import { formatIsoDate } from './dates';

export interface DatesCopy {
  published: string;
  opEdDate: string;
  updated: string;
}

export interface PublicationDates {
  published: string;
  /** ISO day of the newest correction, for <time datetime>; null before the first one. */
  updatedIso: string | null;
  updated: string | null;
}

/** `log` newest first (corrections-schema checks the order); the max is taken anyway. */
export function publicationDates(copy: DatesCopy, log: readonly { date: string }[]): PublicationDates {
  const updatedIso = log.reduce<string | null>((max, c) => (max === null || c.date > max ? c.date : max), null);
  return {
    published: `${copy.published}: ${copy.opEdDate}`,
    updatedIso,
    updated: updatedIso ? `${copy.updated} ${formatIsoDate(updatedIso)}` : null
  };
}
