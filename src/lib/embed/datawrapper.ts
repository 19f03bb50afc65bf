// Datawrapper's responsive embed protocol: the child posts {'datawrapper-height': {<chartId>: px}};
// the host's listener (datawrapper/chart-core lib/embed.js) resizes the iframe whose contentWindow
// sent it, or the one with id `datawrapper-chart-<chartId>`.

/** Ours are slugs like `chart-losses`; the host also uses the id in a CSS selector and an element id. */
const EMBED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 64;

export function isValidEmbedId(id: string): boolean {
  return id.length <= MAX_ID && EMBED_ID.test(id);
}

export type DatawrapperHeightMessage = { 'datawrapper-height': Record<string, number> };

export function datawrapperHeightMessage(embedId: string, height: number): DatawrapperHeightMessage {
  if (!isValidEmbedId(embedId)) throw new Error(`not an embed id: ${JSON.stringify(embedId.slice(0, 80))}`);
  return { 'datawrapper-height': { [embedId]: Math.ceil(height) } };
}
