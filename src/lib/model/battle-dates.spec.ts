import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { battlePeriods } from '../../../data/figures/battles';
import { BATTLE_SPANS, battleSpan, claimedEnds, startMonths, timelineDomain } from './battle-dates';

const period = (battle: string) => battlePeriods.find((p) => p.battle === battle)!;

describe('battle dates, from the records', () => {
  it('agree with the raw facts table (data/raw/facts/battles.csv)', () => {
    const csv = readFileSync('data/raw/facts/battles.csv', 'utf8');
    expect(csv).toContain(`Bakhmut,${period('bakhmut').start.earliest},`);
    expect(csv).toContain(`Avdiivka,${period('avdiivka').start.earliest},`);
    expect(csv).toContain(`Pokrovsk offensive (approach; convention A),${period('pokrovsk').start.earliest},`);
    expect(csv).toContain(`Pokrovsk offensive (approach; convention B),${period('pokrovsk').start.latest},`);
  });

  it('label the map as it read when the geo script wrote them', () => {
    expect(BATTLE_SPANS).toEqual({
      bakhmut: 'Aug 2022 – May 2023',
      avdiivka: 'Oct 2023 – Feb 2024',
      pokrovsk: 'Jul 2024 – end disputed'
    });
  });

  it('name both start months when the sources disagree', () => {
    expect(startMonths(period('pokrovsk'))).toBe('Feb or Jul 2024');
    expect(startMonths(period('bakhmut'))).toBe('Aug 2022');
    const acrossYears = { ...period('pokrovsk'), start: { ...period('pokrovsk').start, earliest: '2023-12-01' } };
    expect(startMonths(acrossYears)).toBe('Dec 2023 or Jul 2024');
    expect(battleSpan(acrossYears)).toBe('Jul 2024 – end disputed');
  });

  it('give the timeline the span it had by hand, and Russia’s disputed claim', () => {
    expect(timelineDomain(battlePeriods)).toEqual({ start: '2022-06-01', end: '2026-08-01' });
    expect(claimedEnds(battlePeriods)).toEqual({ pokrovsk: '2025-12-01' });
  });
});
