import { stepRenames } from '$content/step-renames';

// Deep links to steps: /#step-<id> or ?step=<id>. Anything else is ignored; the ID is only
// ever compared against known step IDs, never written into the page. An ID a step had before a
// rename (src/content/step-renames.ts) lands on the step it became.

const HASH_PREFIX = '#step-';
const MAX_ID_LENGTH = 64;

/** The step ID a URL asks for, if it is one of `knownIds`; otherwise null. */
export function stepIdFromUrl(
  url: { hash: string; search: string },
  knownIds: ReadonlySet<string>,
  renames: Readonly<Record<string, string>> = stepRenames
): string | null {
  const candidates: string[] = [];
  if (url.hash.startsWith(HASH_PREFIX)) candidates.push(safeDecode(url.hash.slice(HASH_PREFIX.length)));
  const fromQuery = new URLSearchParams(url.search).get('step');
  if (fromQuery !== null) candidates.push(fromQuery);
  // Object.hasOwn, not `in`: "__proto__" or "constructor" must not resolve through the prototype.
  const resolve = (id: string) => (Object.hasOwn(renames, id) ? renames[id]! : id);
  return candidates.map(resolve).find((id) => id.length <= MAX_ID_LENGTH && knownIds.has(id)) ?? null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

export function stepHash(id: string): string {
  return `${HASH_PREFIX}${id}`;
}

/**
 * The address to show while a step is active: the current path and query (minus any `step`
 * parameter, which the hash now carries) plus the step's hash.
 */
export function urlForStep(current: { pathname: string; search: string }, id: string): string {
  const params = new URLSearchParams(current.search);
  params.delete('step');
  const query = params.toString();
  return `${current.pathname}${query ? `?${query}` : ''}${stepHash(id)}`;
}

/** The IDs a step had before it was renamed, so the page can keep an anchor for each (links work without JavaScript). */
export function retiredIdsOf(id: string, renames: Readonly<Record<string, string>> = stepRenames): string[] {
  return Object.entries(renames)
    .filter(([, now]) => now === id)
    .map(([old]) => old);
}
