import { describe, expect, it } from 'vitest';
import { stepRenames } from '$content/step-renames';
import { storyInput } from '$content/story';
import { stepIdFromUrl, urlForStep } from './deep-link';

const known = new Set(['intro', 'mine', 'lithium']);
const url = (hash: string, search = '') => ({ hash, search });

describe('stepIdFromUrl', () => {
  it('reads #step-<id> and ?step=<id>', () => {
    expect(stepIdFromUrl(url('#step-mine'), known)).toBe('mine');
    expect(stepIdFromUrl(url('', '?step=lithium'), known)).toBe('lithium');
  });

  it('prefers the hash, and falls back to the query when the hash is unknown', () => {
    expect(stepIdFromUrl(url('#step-mine', '?step=lithium'), known)).toBe('mine');
    expect(stepIdFromUrl(url('#step-nope', '?step=lithium'), known)).toBe('lithium');
  });

  it.each([
    ['#step-<img src=x onerror=alert(1)>', ''],
    ['#step-%E0%A4%A', ''],
    ['#step-__proto__', ''],
    ['#p4', ''],
    ['', '?step=javascript:alert(1)'],
    ['', `?step=${'a'.repeat(5000)}`],
    ['#step-MINE', '']
  ])('ignores %s %s', (hash, search) => {
    expect(stepIdFromUrl(url(hash, search), known)).toBeNull();
  });
});

describe('urlForStep', () => {
  it('keeps other query parameters and moves the step into the hash', () => {
    expect(urlForStep({ pathname: '/embed/', search: '?childId=g1&step=intro' }, 'mine')).toBe(
      '/embed/?childId=g1#step-mine'
    );
    expect(urlForStep({ pathname: '/', search: '' }, 'intro')).toBe('/#step-intro');
  });
});

describe('renamed steps', () => {
  const renames = { 'wish-list': 'aid-requests' };
  const withNew = new Set(['intro', 'aid-requests']);

  it('an old ID lands on the step it became, by hash or query', () => {
    expect(stepIdFromUrl(url('#step-wish-list'), withNew, renames)).toBe('aid-requests');
    expect(stepIdFromUrl(url('', '?step=wish-list'), withNew, renames)).toBe('aid-requests');
    expect(stepIdFromUrl(url('#step-aid-requests'), withNew, renames)).toBe('aid-requests');
  });

  it('ignores prototype names and renames to unknown steps', () => {
    expect(stepIdFromUrl(url('#step-constructor'), withNew, renames)).toBeNull();
    expect(stepIdFromUrl(url('#step-gone'), withNew, { gone: 'nowhere' })).toBeNull();
  });

  it('the real renames point from retired IDs to current steps', () => {
    const current = new Set(storyInput.steps.map((s) => s.id));
    for (const [old, now] of Object.entries(stepRenames)) {
      expect(current.has(old), `"${old}" is retired`).toBe(false);
      expect(current.has(now), `"${now}" is a step`).toBe(true);
    }
  });
});
