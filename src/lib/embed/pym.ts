// The pym.js child protocol, spoken without shipping pym.js. Messages are strings:
// 'pym' + 'xPYMx' + childId + 'xPYMx' + type + 'xPYMx' + payload  (pym.js 1.3.2, _makeMessage).
// Everything here parses strictly: one wrong character and the input is ignored, never repaired.

const SEP = 'xPYMx';

/** pym uses the host element's id as childId and puts it, unescaped, into a RegExp on the parent. */
const CHILD_ID = /^[A-Za-z0-9_:.-]{1,64}$/;
const WIDTH = /^[0-9]{1,5}$/;
export const MIN_WIDTH = 1;
export const MAX_WIDTH = 10_000;
const MAX_TITLE = 300;
const MAX_URL = 2048;

export interface PymQuery {
  childId: string;
  initialWidth: number | null;
  parentTitle: string | null;
  /** Only http(s) URLs survive; used to check the origin of the parent's messages. */
  parentUrl: URL | null;
}

export function isValidChildId(id: string): boolean {
  return CHILD_ID.test(id) && !id.includes(SEP);
}

export function parseWidth(raw: string): number | null {
  if (!WIDTH.test(raw)) return null;
  const n = Number(raw);
  return n >= MIN_WIDTH && n <= MAX_WIDTH ? n : null;
}

/** A parameter given twice is ambiguous (which one did the parent mean?), so it counts as absent. */
function single(params: URLSearchParams, name: string): string | null {
  const all = params.getAll(name);
  return all.length === 1 ? (all[0] ?? null) : null;
}

function cleanTitle(raw: string | null): string | null {
  if (raw === null || raw.length > MAX_TITLE) return null;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return text === '' ? null : text;
}

function cleanUrl(raw: string | null): URL | null {
  if (raw === null || raw.length > MAX_URL) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Reads the query pym.Parent appends to the iframe src; null when this is not a pym embed. */
export function parsePymQuery(search: string): PymQuery | null {
  const params = new URLSearchParams(search);
  const childId = single(params, 'childId');
  if (childId === null || !isValidChildId(childId)) return null;
  const width = single(params, 'initialWidth');
  return {
    childId,
    initialWidth: width === null ? null : parseWidth(width),
    parentTitle: cleanTitle(single(params, 'parentTitle')),
    parentUrl: cleanUrl(single(params, 'parentUrl'))
  };
}

export function formatPymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(SEP);
}

export function formatPymHeight(childId: string, height: number): string {
  return formatPymMessage(childId, 'height', String(Math.ceil(height)));
}

/** pym.Parent's `sendViewportAndIFramePosition`: viewport size and the iframe's rect in the parent. */
export interface ParentPosition {
  viewportWidth: number;
  viewportHeight: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type PymParentMessage = { type: 'width'; width: number } | { type: 'position'; position: ParentPosition };

const NUMBER = /^-?[0-9]{1,9}(\.[0-9]{1,20})?(e-[0-9]{1,3})?$/;
const MAX_COORD = 1e8;

function parsePosition(payload: string): ParentPosition | null {
  const parts = payload.split(' ');
  if (parts.length !== 6 || !parts.every((p) => NUMBER.test(p))) return null;
  const [vw, vh, top, left, bottom, right] = parts.map(Number) as [number, number, number, number, number, number];
  if (vw < 0 || vh < 0 || vw > MAX_WIDTH * 10 || vh > MAX_COORD) return null;
  if (![top, left, bottom, right].every((n) => Math.abs(n) <= MAX_COORD)) return null;
  return { viewportWidth: vw, viewportHeight: vh, top, left, bottom, right };
}

const MAX_MESSAGE = 512;

/** Parses what pym.Parent sends to this child; anything else (other ids, other types, junk) is null. */
export function parsePymParentMessage(data: unknown, childId: string): PymParentMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE) return null;
  const prefix = ['pym', childId, ''].join(SEP);
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length).split(SEP);
  if (rest.length !== 2) return null;
  const [type, payload] = rest as [string, string];
  if (type === 'width') {
    const width = parseWidth(payload);
    return width === null ? null : { type: 'width', width };
  }
  if (type === 'viewport-iframe-position') {
    const position = parsePosition(payload);
    return position === null ? null : { type: 'position', position };
  }
  return null;
}
