// The @newswire/frames protocol (frames 1.0.0, dist/frames.modern.js): plain objects marked with
// the AMP sentinel. The parent (`observeIframe`) posts `frames-init` to ask for a height and sets
// the iframe's `height` attribute from `embed-size`.

export const FRAMES_SENTINEL = 'amp';

export interface FramesSizeMessage {
  sentinel: typeof FRAMES_SENTINEL;
  type: 'embed-size';
  height: number;
}

export function framesSizeMessage(height: number): FramesSizeMessage {
  return { sentinel: FRAMES_SENTINEL, type: 'embed-size', height: Math.ceil(height) };
}

/**
 * True only for a plain object whose own `sentinel` and `type` are exactly 'amp' and 'frames-init'.
 * Inherited properties do not count, so a polluted Object.prototype cannot fake the message.
 */
export function isFramesInit(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  return (
    Object.hasOwn(data, 'sentinel') &&
    Object.hasOwn(data, 'type') &&
    (data as Record<string, unknown>).sentinel === FRAMES_SENTINEL &&
    (data as Record<string, unknown>).type === 'frames-init'
  );
}

/** Parent side (our embed-code previews): the height from an `embed-size` message, or null. */
export function parseFramesSize(data: unknown, max = 200_000): number | null {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return null;
  const record = data as Record<string, unknown>;
  if (!Object.hasOwn(record, 'sentinel') || record.sentinel !== FRAMES_SENTINEL || record.type !== 'embed-size')
    return null;
  const height = record.height;
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height <= max
    ? Math.ceil(height)
    : null;
}
