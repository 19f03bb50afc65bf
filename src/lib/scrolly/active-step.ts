/**
 * The active step is the last one whose top has crossed the trigger line. Deriving it from
 * positions (instead of counting scrollama's enter events) means fast flings, jumps (Home/End,
 * deep links, find-in-page) and resizes can never leave a skipped or stale step.
 * @param tops each step's top edge, in viewport pixels, in document order
 * @param triggerY the trigger line, in viewport pixels
 */
export function activeIndexFromTops(tops: readonly number[], triggerY: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}
