import { describe, expect, it } from 'vitest';
import { loadFigures } from './load-figures';
import type { BattlePeriod, ClaimFigure } from '../../../data/figures/figure-schema';
import { monthsBetween } from './dates';
import { battleMonths } from './duration';
import { perMonth } from './per-month';

const figures = loadFigures();
const claim = (battle: string) => figures.losses.claims.find((c) => c.battle === battle)!;
const period = (battle: string) => figures.durations.periods.find((p) => p.battle === battle)!;
const byBattle = Object.fromEntries(figures.perMonth.map((d) => [d.battle, d]));

describe('durations', () => {
  it('counts months as days ÷ 30.44', () => {
    expect(monthsBetween('2023-10-10', '2024-02-17')).toBeCloseTo(130 / 30.4375, 6);
    expect(battleMonths(period('bakhmut'), figures.articleDate)).toMatchObject({
      min: 292 / 30.4375,
      max: 292 / 30.4375
    });
  });
  it('gives Pokrovsk a range: latest start to the earliest article date, earliest start to the latest', () => {
    const m = battleMonths(period('pokrovsk'), figures.articleDate);
    expect(m.shortest).toEqual({ start: '2024-07-17', end: '2025-10-28' });
    expect(m.longest).toEqual({ start: '2024-02-17', end: '2025-12-01' });
    expect(m.min).toBeCloseTo(15.4, 1);
    expect(m.max).toBeCloseTo(21.5, 1);
  });
});

describe('losses per month (derived)', () => {
  it('divides the article’s range by the battle’s length, rounded to 100', () => {
    expect(byBattle.bakhmut).toMatchObject({ low: 7300, high: 10400, openHigh: true, kind: 'derived' });
    expect(byBattle.avdiivka).toMatchObject({ low: 9400, high: 11700, openHigh: false });
    expect(byBattle.pokrovsk).toMatchObject({ low: 4700, high: 6500, definition: 'K+severely-W' });
  });
  it('records its inputs and the formula', () => {
    expect(byBattle.avdiivka!.from).toEqual(['claim-avdiivka-losses']);
    expect(byBattle.avdiivka!.formula).toBe(
      '~40,000–50,000 ÷ 4.3 months (10 Oct 2023 – 17 Feb 2024) = ~9,400–11,700 a month'
    );
  });
  it('refuses a claim for another battle', () => {
    expect(() =>
      perMonth(claim('bakhmut') as ClaimFigure, period('avdiivka') as BattlePeriod, figures.articleDate)
    ).toThrow(/not a loss figure for avdiivka/);
  });
});

describe('the author’s own reading', () => {
  it('divides his ~100,000 by his own “a year” (p8): about 8,300 a month, naming both inputs', () => {
    const reading = figures.perMonthAuthorReading;
    expect(reading).toMatchObject({
      low: 8300,
      high: 8300,
      approximate: true,
      from: ['claim-pokrovsk-losses', 'claim-pokrovsk-a-year']
    });
    expect(reading.formula).toMatch(/100,000 ÷ 12 months = ~8,300 a month/);
  });
});
