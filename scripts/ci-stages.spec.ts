import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build script without type declarations
import { formatTable, parseLog } from './ci-stages.mjs';

const LOG = `start 1000
check ok 61000 91500
lint skipped(no-script) 91500 91500
unit ok 91500 121500
build FAILED 121500 126000
`;

describe('ci-stages', () => {
  it('reads the start line and one line per stage', () => {
    expect(parseLog(LOG)).toEqual({
      start: 1000,
      stages: [
        { label: 'check', status: 'ok', begin: 61000, end: 91500 },
        { label: 'lint', status: 'skipped(no-script)', begin: 91500, end: 91500 },
        { label: 'unit', status: 'ok', begin: 91500, end: 121500 },
        { label: 'build', status: 'FAILED', begin: 121500, end: 126000 }
      ]
    });
  });

  it('prints install as the time before the first stage, then each stage, a skipped or failed one marked', () => {
    expect(formatTable(parseLog(LOG)).split('\n')).toEqual([
      'Stage wall times:',
      '  install     60.0 s',
      '  check       30.5 s',
      '  lint         0.0 s  skipped(no-script)',
      '  unit        30.0 s',
      '  build        4.5 s  FAILED',
      '  total      125.0 s  (2:05)'
    ]);
  });

  it('counts install up to now when no stage ran (npm ci failed)', () => {
    expect(formatTable(parseLog('start 1000\n'), 31000).split('\n')).toEqual([
      'Stage wall times:',
      '  install     30.0 s',
      '  total       30.0 s  (0:30)'
    ]);
  });

  it('without a start line (npm test alone) totals the stages', () => {
    expect(formatTable(parseLog('e2e ok 0 600000\n')).split('\n').at(-1)).toBe('  total      600.0 s  (10:00)');
  });
});
