import { describe, expect, it } from 'vitest';
import { compareVersions, inRange, matchAdvisories } from './ranges.mjs';

describe('advisory ranges', () => {
  it('compare versions numerically, not as text', () => {
    expect(compareVersions('5.53.10', '5.53.5')).toBe(1);
    expect(compareVersions('3.0.1', '3.1.0')).toBe(-1);
    expect(compareVersions('1.2.8', '1.2.8')).toBe(0);
  });

  it('need every comparator to hold', () => {
    expect(inRange('5.53.4', '>=5.53.0 <5.53.5')).toBe(true);
    expect(inRange('5.57.3', '>=5.53.0 <5.53.5')).toBe(false);
    expect(inRange('3.0.1', '<3.1.0')).toBe(true);
    expect(inRange('3.1.0', '<3.1.0')).toBe(false);
    expect(() => inRange('1.0.0', '^1.0.0')).toThrow(/unsupported/);
  });

  it('find nested copies in a lockfile', () => {
    const lock = {
      '': { version: '0.1.0' },
      'node_modules/d3-color': { version: '3.1.1' },
      'node_modules/venn/node_modules/d3-color': { version: '2.0.0' }
    };
    const hits = matchAdvisories(lock, [
      { id: 'GHSA-36jr-mh4h-2g58', package: 'd3-color', vulnerable: '<3.1.0', severity: 'high' }
    ]);
    expect(hits.map((h) => [h.path, h.version])).toEqual([['node_modules/venn/node_modules/d3-color', '2.0.0']]);
  });
});
