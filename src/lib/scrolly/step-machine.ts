// The one state machine for stepping: scroll, keyboard and presenter mode all send commands
// here, so a step ID means the same panel state everywhere.

export type StepCommand =
  { type: 'next' } | { type: 'prev' } | { type: 'first' } | { type: 'last' } | { type: 'go'; index: number };

/** The index a command leads to from `index`, clamped to [0, count - 1]. */
export function transition(index: number, count: number, command: StepCommand): number {
  if (count <= 0) return 0;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (command.type) {
    case 'next':
      return clamp(index + 1);
    case 'prev':
      return clamp(index - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'go':
      return Number.isInteger(command.index) ? clamp(command.index) : index;
  }
}

/** Keys a presentation clicker or keyboard sends, mapped to commands; null for keys we leave alone. */
export function commandForKey(key: string): StepCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    default:
      return null;
  }
}
