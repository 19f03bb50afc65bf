// Dates in the story are ISO days ("2025-12-01") or months ("2026-03"), read as UTC so the
// server and the browser agree; every formatter and date sum lives here.

import { CITATION_LABELS } from '$content/citation-labels';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

/**
 * "2026-03" → "March 2026"; "2025-01-14" → "14 January 2025"; "~2023-05-22" (the fact base's
 * approximate day) → "about 22 May 2023". Unparseable input is returned as is.
 */
export function formatIsoDate(iso: string): string {
  if (iso.startsWith('~')) {
    const inner = formatIsoDate(iso.slice(1));
    return inner === iso.slice(1) ? iso : `${CITATION_LABELS.about} ${inner}`;
  }
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

const MS_PER_DAY = 86_400_000;
/** Average month, so "months" means the same for every battle whatever the calendar months. */
export const DAYS_PER_MONTH = 365.25 / 12;

export function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function monthsBetween(start: string, end: string): number {
  return (parseDay(end).getTime() - parseDay(start).getTime()) / MS_PER_DAY / DAYS_PER_MONTH;
}

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
});

/** "1 Aug 2022"; dates are ISO days read as UTC so the server and the browser agree. */
export function formatDate(iso: string): string {
  return dayMonthYear.format(new Date(`${iso}T00:00:00Z`));
}
