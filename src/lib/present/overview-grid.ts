/** Columns for the overview grid: as many tiles of at least `minTile` px as fit, never more than there are steps. */
export function overviewColumns(count: number, width: number, minTile = 240): number {
  if (count <= 0) return 1;
  return Math.max(1, Math.min(count, Math.floor(width / minTile)));
}

/**
 * Where the arrow keys move focus in the grid; null for keys the grid leaves alone. Up and Down
 * stay in the same column and stop at the edges rather than wrapping, as in a spreadsheet.
 */
export function gridMove(index: number, key: string, columns: number, count: number): number | null {
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return index + columns < count ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
