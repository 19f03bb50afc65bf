import { format } from 'd3-format';
import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';
import { formatAmount, formatMonths } from './figure-format';

const base = { openHigh: false, approximate: false };

describe('formatAmount', () => {
  it('writes ranges with an en dash and thousands separators', () => {
    expect(formatAmount({ ...base, low: 70000, high: 100000, openHigh: true })).toBe('70,000–100,000 or more');
    expect(formatAmount({ ...base, low: 40000, high: 50000, approximate: true })).toBe('~40,000–50,000');
  });
  it('writes single, open and "up to" figures', () => {
    expect(formatAmount({ ...base, low: 100000, high: 100000, approximate: true })).toBe('~100,000');
    expect(formatAmount({ ...base, low: 10000, openHigh: true })).toBe('over 10,000');
    expect(formatAmount({ ...base, high: 60000 })).toBe('up to 60,000');
    expect(formatAmount({ ...base, low: 19547, high: 19547 })).toBe('19,547');
  });
  it('says when there is no number, only a direction', () => {
    expect(formatAmount({ ...base, trend: 'down' })).toBe('dropped (no figure given)');
  });
});

describe('thousands separators', () => {
  it('read exactly as d3-format "," wrote them before Intl replaced it', () => {
    for (const n of [0, 7, 999, 1000, 19547, 70000, 100000, 1234567])
      expect(formatAmount({ ...base, low: n, high: n })).toBe(format(',')(n));
  });
});

describe('month and date formats', () => {
  it('formats months and UTC dates', () => {
    expect(formatMonths(9.59)).toBe('9.6 months');
    expect(formatDate('2022-08-01')).toBe('1 Aug 2022');
  });
});
