// One place for how numbers read in labels, tables and text alternatives, so the table twin and
// the SVG can never disagree. "~" = approximate, en dash for ranges, thousands separators.
// Plain numbers use Intl (built into the browser): the tables and text alternatives are in the
// first page load. Axis ticks (d3-format) are in tick-format.ts, for the lazy live chart only.

const thousands = new Intl.NumberFormat('en-US').format;
const oneDecimal = (n: number) => n.toFixed(1);

export interface Amount {
  low?: number;
  high?: number;
  openHigh: boolean;
  approximate: boolean;
  trend?: 'down';
}

/** "~40,000–50,000", "70,000–100,000 or more", "up to 60,000", "over 10,000", "~100,000". */
export function formatAmount(a: Amount): string {
  const approx = a.approximate ? '~' : '';
  if (a.low === undefined && a.high === undefined)
    return a.trend === 'down' ? 'dropped (no figure given)' : 'no figure';
  if (a.low === undefined) return `up to ${approx}${thousands(a.high!)}`;
  if (a.high === undefined || a.high === a.low) {
    if (a.high === undefined && a.openHigh) return `over ${approx}${thousands(a.low)}`;
    return `${approx}${thousands(a.low)}${a.openHigh ? ' or more' : ''}`;
  }
  return `${approx}${thousands(a.low)}–${thousands(a.high)}${a.openHigh ? ' or more' : ''}`;
}

export function formatMonths(months: number): string {
  return `${oneDecimal(months)} months`;
}
