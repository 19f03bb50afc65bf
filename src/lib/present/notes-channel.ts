// Messages between the presenter and its notes window (BroadcastChannel, same origin only).
// Anything that does not match exactly is dropped: another tab, an old build or a stray
// extension may share the channel name, and a step ID is only trusted if we know it.

export const CHANNEL_NAME = 'pokrovsk-explainer/presenter';
const APP = 'pokrovsk-presenter';
const VERSION = 1;
const MAX_ID_LENGTH = 64;

export type NotesMessage = { type: 'step'; id: string } | { type: 'hello' };
type Wire = NotesMessage & { app: typeof APP; v: typeof VERSION };

export function encode(message: NotesMessage): Wire {
  return { app: APP, v: VERSION, ...message };
}

function hasExactKeys(value: object, keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

export function parseNotesMessage(data: unknown, knownIds: ReadonlySet<string>): NotesMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (Object.getPrototypeOf(data) !== Object.prototype) return null;
  const record = data as Record<string, unknown>;
  if (record.app !== APP || record.v !== VERSION) return null;
  if (record.type === 'hello') return hasExactKeys(record, ['app', 'v', 'type']) ? { type: 'hello' } : null;
  if (record.type !== 'step' || !hasExactKeys(record, ['app', 'v', 'type', 'id'])) return null;
  const id = record.id;
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !knownIds.has(id)) return null;
  return { type: 'step', id };
}

/**
 * One end of the channel. Without BroadcastChannel (old browsers, some embedded webviews) it is
 * a no-op, and presenter mode works on its own.
 */
export class NotesLink {
  #channel: BroadcastChannel | null;

  constructor(knownIds: ReadonlySet<string>, onMessage: (message: NotesMessage) => void) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = parseNotesMessage(event.data, knownIds);
      if (message) onMessage(message);
    });
  }

  post(message: NotesMessage): void {
    this.#channel?.postMessage(encode(message));
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }
}
