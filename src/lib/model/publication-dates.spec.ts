import { describe, expect, it } from 'vitest';
import { publicationDates } from './publication-dates';

const copy = { published: 'Op-ed published', opEdDate: 'undated', updated: 'Explainer updated' };

describe('publicationDates', () => {
  it('dates the update from the newest correction, whatever the order', () => {
    const d = publicationDates(copy, [{ date: '2026-11-30' }, { date: '2026-12-01' }, { date: '2026-01-05' }]);
    expect(d).toEqual({
      published: 'Op-ed published: undated',
      updatedIso: '2026-12-01',
      updated: 'Explainer updated 1 December 2026'
    });
  });

  it('shows no update before the first correction', () => {
    expect(publicationDates(copy, []).updated).toBeNull();
  });
});
