// Where readers report an error (About, "Report an error"): PUBLIC_CORRECTIONS_CONTACT at build,
// an e-mail address or an https URL. The fact base gives no newsroom address for the publisher,
// so there is no default: unset or unusable → null, the page says the contact is not set, and
// vite.config.ts prints a warning at build.

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

/** "desk@example.org" → "mailto:desk@example.org"; an https URL as is; anything else → null. */
export function correctionsHref(raw: string | undefined | null): string | null {
  const value = raw?.trim().replace(/^mailto:/i, '') ?? '';
  if (!value) return null;
  if (EMAIL.test(value)) return `mailto:${value}`;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The text a reader sees for the link: the address itself, or the URL without its scheme. */
export function correctionsLabel(href: string): string {
  return href.startsWith('mailto:') ? href.slice('mailto:'.length) : href.replace(/^https:\/\//, '').replace(/\/$/, '');
}

/** PUBLIC_CORRECTIONS_CONTACT as read by vite.config.ts at build; '' when not set. */
export function buildCorrectionsContact(): string {
  return __CORRECTIONS_CONTACT__;
}
